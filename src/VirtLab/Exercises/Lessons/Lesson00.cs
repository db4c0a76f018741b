using VirtLab.Allocation;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises of <c>00-setup.ipynb</c>.</summary>
internal sealed class Lesson00 : ILessonExercises
{
    public string Notebook => "00-setup";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Number(
            "00.1", "three equal containers on one CPU",
            expected: () => Allocate.ProportionalShare(1, [1, 1, 1])[0],
            tolerance: 1e-3,
            hints:
            [
                "Equal weights split the CPU evenly: look at the chart above at n = 3.",
                "Each container gets one CPU divided by the number of containers; you may write the division, e.g. 1.0 / 5 for five.",
            ],
            explanation: "With equal weights the fair scheduler gives each of the n busy containers 1/n of the CPU: 1/3, about 0.333.",
            source: "Allocate.ProportionalShare (aᵢ = C·wᵢ/Σw; lesson 03)",
            wrong: 0.5,
            diagnose: a => a > 1 ? "answer as a fraction between 0 and 1, not a percentage" : null),
        Exercise.Integer(
            "00.2", "major version of this .NET runtime",
            expected: () => Environment.Version.Major,
            hints:
            [
                "Environment.Version is the runtime's version; its Major property is the number you want.",
                "The library needs .NET 8 or newer, so the answer is at least 8. Evaluate Environment.Version in a cell to see it.",
            ],
            explanation: "Environment.Version is the version of the runtime running this notebook; any major version from 8 up loads the library.",
            source: "System.Environment.Version of the process that runs the check (the notebook's own runtime)",
            wrong: 6),
        Exercise.Number(
            "00.3", "four equal containers on two CPUs",
            expected: () => Allocate.ProportionalShare(2, [1, 1, 1, 1])[0],
            tolerance: 1e-3,
            hints:
            [
                "The capacity is now two CPUs, not one: split the whole capacity evenly.",
                "Total capacity divided by the number of containers, measured in CPUs.",
            ],
            explanation: "Two CPUs of capacity split four ways give each container 2 / 4 = 0.5 of one CPU: the scheduler balances the four across both CPUs.",
            source: "Allocate.ProportionalShare (capacity 2 CPUs, four equal weights)",
            wrong: 0.25),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } = [];
}
