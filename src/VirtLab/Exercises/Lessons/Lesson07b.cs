using VirtLab.Scheduling;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>07b-hypervisor-coscheduling-realtime.ipynb</c>.</summary>
internal sealed class Lesson07b : ILessonExercises
{
    /// <summary>The task set (C, T) of exercises 07b.2 and 07b.3.</summary>
    private static readonly (double Cost, double Period)[] TaskSet = [(2, 5), (2, 7), (3, 10)];

    public string Notebook => "07b-hypervisor-coscheduling-realtime";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Number(
            "07b.1", "idle fraction of strict co-scheduling with 3- and 2-vCPU gangs on 4 pCPUs",
            expected: () => CoScheduling.Run(
                new CoSchedulingScenario(PhysicalCpus: 4, GuestVcpus: 3, OtherGuests: [2], Quantum: 30, DurationTicks: 3000),
                CoSchedulingPolicy.Strict).IdleFraction,
            tolerance: 0.01,
            hints:
            [
                "The gangs cannot run together (3 + 2 > 4), so they take turns, one quantum each.",
                "Count the idle pCPUs while each gang runs: 4 - 3 and 4 - 2. Average over the two turns, then divide by the 4 pCPUs.",
            ],
            explanation: "While the 3-vCPU gang runs, 1 pCPU is idle; while the 2-vCPU gang runs, 2 are. On average 1.5 of 4 pCPUs idle: "
                + "0.375 of the machine, the fragmentation that relaxed co-scheduling avoids.",
            source: "CoScheduling.Run (strict gang scheduling, Ousterhout ICDCS 1982)",
            wrong: 0.25,
            diagnose: a => a > 1 ? "answer as a fraction between 0 and 1, not a percentage" : null),
        Exercise.Number(
            "07b.2", "utilisation of the task set (2, 5), (2, 7), (3, 10)",
            expected: () => TaskSet.Sum(t => t.Cost / t.Period),
            tolerance: 1e-3,
            hints:
            [
                "Each periodic task i uses C_i / T_i of the CPU.",
                "U is the sum over the tasks of C / T, not the total cost divided by the total period.",
            ],
            explanation: "U = 2/5 + 2/7 + 3/10 = 0.4 + 0.286 + 0.3 = 0.986: the three tasks keep the CPU busy 98.6 % of the time.",
            source: "Liu and Layland, JACM 20(1), 1973 (U = sum of C_i / T_i)",
            wrong: 7.0 / 22,
            diagnose: a => Math.Abs(a - (7.0 / 22)) < 1e-3 ? "that is total cost over total period; add C / T task by task" : null),
        Exercise.Choice(
            "07b.3", "does EDF meet every deadline of that task set?",
            options: ["yes", "no"],
            expected: Scheduler.Edf.Run(Workload.Periodic(TaskSet, horizon: 70)).DeadlineMisses == 0 ? "yes" : "no",
            hints:
            [
                "Liu and Layland's test for EDF on one CPU compares the utilisation with 1.",
                "You computed U in the previous exercise; EDF meets every deadline exactly when U <= 1.",
            ],
            explanation: "U = 0.986 <= 1, so EDF meets every deadline; a simulation over the hyperperiod (70) finds no miss. "
                + "The rate-monotonic bound for three tasks, 3(2^(1/3) - 1) = 0.78, would not guarantee this set.",
            source: "Scheduler.Edf on Workload.Periodic, horizon 70 (Liu and Layland, JACM 1973)",
            wrong: "no"),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "07b.p1", "fraction of pCPU time strict co-scheduling leaves idle with a 4-vCPU gang and two 1-vCPU guests", relativeTolerance: 0.1,
            why: "When the gang is off the host only the two small guests are left for four pCPUs: half the machine idles half the time, a quarter overall.",
            ifTooLow: "Strict co-scheduling cannot use a free pCPU for a sibling: the gang runs whole or not at all.",
            absoluteTolerance: 0.02),
        new PredictionTopic(
            "07b.p2", "utilisation U of the task set (1, 4), (2, 6), (3, 12)", relativeTolerance: 0.02,
            why: "U = 1/4 + 2/6 + 3/12 = 0.833 <= 1, so EDF meets every deadline (Liu and Layland 1973).",
            absoluteTolerance: 0.01),
    ];
}
