using VirtLab.Allocation.Linux;
using VirtLab.Scheduling;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>06-cpu-scheduling.ipynb</c>.</summary>
internal sealed class Lesson06 : ILessonExercises
{
    public string Notebook => "06-cpu-scheduling";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Number(
            "06.1", "SJF average turnaround with late arrivals",
            expected: () => Scheduler.Sjf.Run(Workload.Parse("0,100:10,10:10,10")).AverageTurnaround,
            tolerance: 0.01,
            hints:
            [
                "SJF never preempts: A is alone at t = 0, so it runs first, to the end.",
                "Write each job's completion time (A first, then B and C), then subtract each job's arrival time.",
                "B and C arrived at t = 10: their turnaround is completion - 10, A's is completion - 0. Average the three.",
            ],
            explanation: "A runs 0-100, B 100-110, C 110-120. Turnarounds: 100 - 0 = 100, 110 - 10 = 100, 120 - 10 = 110; "
                + "the average is 310 / 3 = 103.33. The short jobs still wait behind A: without preemption SJF cannot fix this convoy.",
            source: "Scheduler.Sjf (OSTEP ch. 7, section 7.4, Figure 7.4)",
            wrong: 110,
            diagnose: a => Math.Abs(a - 110) < 0.01 ? "that is the average completion time; turnaround subtracts each job's arrival" : null),
        Exercise.Number(
            "06.2", "RR average response with a two-second quantum",
            expected: () => Scheduler.RoundRobin(2).Run(Workload.FromRunTimes(5, 5, 5)).AverageResponse,
            tolerance: 1e-6,
            hints:
            [
                "Response time is the wait until a job runs for the first time, not until it finishes.",
                "A runs first; B starts when A's first slice ends, C when B's first slice ends. How long is a slice now?",
                "Write the schedule as a string of letters, one per second (A A B B ...), and read off when B and C first appear.",
            ],
            explanation: "With 2 s slices A starts at 0, B at 2 and C at 4, so the average response is (0 + 2 + 4) / 3 = 2: "
                + "twice the 1 s quantum's value. A longer quantum amortises context switches but hurts response.",
            source: "Scheduler.RoundRobin (OSTEP ch. 7, section 7.7, Figure 7.7)",
            wrong: 1,
            diagnose: a => Math.Abs(a - 1) < 1e-6 ? "that is the answer for a 1 s quantum" : null),
        Exercise.Number(
            "06.3", "completion time of a 30 ms job under MLFQ",
            expected: () => Scheduler.Mlfq(MlfqOptions.Uniform(3, 10)).Run(Workload.Parse("0,200,0:100,30,0")).Metrics[1].Completion,
            tolerance: 1e-6,
            hints:
            [
                "B enters the top queue at t = 100 and uses one 10 ms quantum at each level before it moves down.",
                "After 20 ms (two levels) B still needs 10 ms and joins A in the bottom queue. Who runs first there?",
                "In the bottom queue A and B take turns (round robin, quantum 10): A's quantum comes before B's last one.",
            ],
            explanation: "B runs 100-110 at the top and 110-120 in the middle queue, then joins A at the bottom, where A's turn comes first "
                + "(120-130); B runs its last 10 ms from 130 and finishes at 140.",
            source: "Scheduler.Mlfq (OSTEP ch. 8 and its mlfq.py, -n 3 -q 10 -l 0,200,0:100,30,0)",
            wrong: 130,
            diagnose: a => Math.Abs(a - 130) < 1e-6 ? "B does not run straight through: in the bottom queue it shares the CPU with A" : null),
        Exercise.Numbers(
            "06.4", "quanta per job in the first 8 stride decisions",
            expected: () =>
            {
                var three = new Workload([new Job(0, 0, 100, Tickets: 100, Name: "A"), new Job(1, 0, 100, Tickets: 50, Name: "B"),
                    new Job(2, 0, 100, Tickets: 250, Name: "C")]);
                var order = Scheduler.Stride(1).Run(three).ScheduleString()[..8];
                return "ABC".Select(name => (double)order.Count(ch => ch == name)).ToArray();
            },
            tolerance: 1e-9,
            hints:
            [
                "Keep a pass per job, all 0 at first; each quantum run the job with the smallest pass (ties: A, then B, then C) and add its stride.",
                "Strides are 10000 / tickets: A 100, B 200, C 40. Write the passes after each of the 8 quanta in a small table.",
                "The counts are in proportion to the tickets 100 : 50 : 250, and 8 quanta are exactly one round of that ratio.",
            ],
            explanation: "The order is A B C C C A C C: A twice, B once, C five times, exactly the ticket ratio 2 : 1 : 5. Stride scheduling "
                + "is deterministic, so it hits the proportions over every round, where lottery only does on average.",
            source: "Scheduler.Stride (C. A. Waldspurger and W. E. Weihl, MIT/LCS/TM-528, 1995; OSTEP ch. 9)",
            wrong: [3, 3, 2],
            labels: ["A", "B", "C"]),
        Exercise.Number(
            "06.5", "CPU share of the nice-2 task among nice 0, 1 and 2",
            expected: () => CfsWeights.CpuShares([0, 1, 2])[2],
            tolerance: 1e-3,
            hints:
            [
                "On one CPU each task gets its weight divided by the sum of all the weights.",
                "Look the three weights up in sched_prio_to_weight (CfsWeights.Weight(0), (1), (2)): 1024, 820 and one more.",
            ],
            explanation: "The weights are 1024, 820 and 655, so the nice-2 task gets 655 / 2499 = 0.262. Each nice step costs about 20 % of the "
                + "weight (a factor of 1.25), whatever the absolute nice values.",
            source: "CfsWeights.CpuShares (Linux kernel/sched/core.c, sched_prio_to_weight)",
            wrong: 1.0 / 3,
            diagnose: a => a > 1 ? "answer as a fraction between 0 and 1, not a percentage"
                : Math.Abs(a - (1.0 / 3)) < 1e-3 ? "nice values are not ignored: the scheduler weights them" : null),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "06.p1", "FIFO's average turnaround of three 10 s jobs, in seconds", relativeTolerance: 0.05,
            why: "FIFO runs A, B, C to completion: they finish at 10, 20 and 30, all arrived at 0, so (10 + 20 + 30) / 3 = 20.",
            ifTooHigh: "Turnaround ends at completion: C, the last, finishes at 30.",
            ifTooLow: "Turnaround counts the time a job waits before it runs, not only its own 10 s."),
        new PredictionTopic(
            "06.p2", "FIFO's average turnaround when A needs 100 s and B, C 10 s, in seconds", relativeTolerance: 0.05,
            why: "B and C queue behind A (the convoy effect): completions 100, 110 and 120 average 110; SJF would give 50.",
            ifTooLow: "FIFO does not reorder: the short jobs wait the whole 100 s of A."),
        new PredictionTopic(
            "06.p3", "Round Robin's (1 s quantum) average response for three 5 s jobs, in seconds", relativeTolerance: 0.05,
            why: "Each job runs for the first time one slice after the previous one: (0 + 1 + 2) / 3 = 1, against 5 for SJF.",
            ifTooHigh: "Response ends at the first run, not at completion (that would be turnaround).",
            absoluteTolerance: 0.1),
        new PredictionTopic(
            "06.p4", "time at which the short job B finishes under MLFQ, in ms", relativeTolerance: 0.05,
            why: "By t = 100 A has sunk to the bottom queue; B enters at the top, runs at once and is done after its 20 ms, at 120.",
            ifTooHigh: "MLFQ puts every new job at the top, above the long job that has used up its allotments."),
        new PredictionTopic(
            "06.p5", "CPU time (ms) the long job A gets between t = 100 and t = 300 with a boost every 50 ms", relativeTolerance: 0.1,
            why: "Each boost lifts A to the top queue, where it gets one 10 ms quantum before it sinks again: four boosts, 40 ms of 200. "
                + "Without a boost it gets nothing (starvation).",
            absoluteTolerance: 5),
        new PredictionTopic(
            "06.p6", "CPU share of the nice-0 task against a nice-5 task (between 0 and 1)", relativeTolerance: 0.05,
            why: "The weights are 1024 and 335, so the nice-0 task gets 1024 / 1359 = 0.753: each nice step is a factor of about 1.25.",
            ifTooLow: "Five nice steps are a weight ratio of about 1.25^5 = 3, far from an even split."),
    ];
}
