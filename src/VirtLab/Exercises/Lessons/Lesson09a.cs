using VirtLab.Reliability;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>09a-fault-detection-availability.ipynb</c>.</summary>
internal sealed class Lesson09a : ILessonExercises
{
    /// <summary>
    /// The smallest candidate timeout without a false suspicion on <c>data/heartbeats/recorded-sigstop.csv</c>: its longest
    /// live gap is the 5 s SIGSTOP pause (about 5.4 s between heartbeats). The tests replay the recorded trace to confirm it.
    /// </summary>
    internal const double RecordedNoMistakeTimeout = 6000;

    public string Notebook => "09a-fault-detection-availability";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Number(
            "09a.1", "smallest timeout without a false suspicion on the recorded trace, in ms",
            expected: () => RecordedNoMistakeTimeout,
            tolerance: 0.5,
            hints:
            [
                "A fixed timeout suspects a live process whenever a gap between two heartbeats is longer than the timeout.",
                "Find the longest gap while the process was alive (gaps.Max() before the crash), or run DetectorSimulation.Run for each candidate and read Mistakes.",
                "The longest live gap is the 5 s pause; take the first candidate above it.",
            ],
            explanation: "The 5 s SIGSTOP pause left a gap of about 5.4 s, so 2000 and 4000 ms suspect the live process and 6000 ms is the "
                + "first candidate with zero mistakes. It costs detection time: the crash is noticed 5 to 6 s after it happened.",
            source: "DetectorSimulation.Run on data/heartbeats/recorded-sigstop.csv (checked by RecordedTraceTests)",
            wrong: 4000),
        Exercise.Number(
            "09a.2", "availability of two web replicas in front of one database",
            expected: () => Availability.Series(Availability.Parallel(0.99, 0.99), 0.999),
            tolerance: 1e-7,
            hints:
            [
                "Combine the web tier first: it works if either replica works (parallel).",
                "Parallel: 1 - (1 - 0.99)^2. Then the service needs the web tier and the database: series, multiply.",
            ],
            explanation: "Web tier 1 - 0.01^2 = 0.9999; times the database's 0.999 gives 0.9989. The single database dominates: "
                + "redundancy in one tier cannot lift the service above its weakest single part.",
            source: "Availability.Series and Availability.Parallel (AWS Well-Architected Reliability Pillar, Availability)",
            wrong: 0.99 * 0.99 * 0.999,
            diagnose: a => a > 1 ? "availability is a fraction between 0 and 1, not a percentage"
                : Math.Abs(a - (0.99 * 0.99 * 0.999)) < 1e-6 ? "you put the two web replicas in series; either one is enough" : null),
        Exercise.Number(
            "09a.3", "downtime per year at 99.95 %, in minutes",
            expected: () => Availability.DowntimePerYear(0.9995).TotalMinutes,
            tolerance: 0.5,
            hints:
            [
                "Downtime is the unavailable share of the year: (1 - A) times the hours in a year (8760).",
                "(1 - 0.9995) x 8760 h gives hours; multiply by 60 for minutes.",
            ],
            explanation: "(1 - 0.9995) x 8760 h = 4.38 h = 262.8 minutes a year, halfway in nines between three nines (8.76 h) and four (52.6 min).",
            source: "Availability.DowntimePerYear ((1 - A) x 8760 h)",
            wrong: 26.28,
            diagnose: a => Math.Abs(a - 4.38) < 0.01 ? "that is in hours; the answer is in minutes" : null),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "09a.p1", "false suspicions of a 3000 ms timeout on the recorded trace", relativeTolerance: 0,
            why: "Both SIGSTOP pauses (gaps of about 3.4 s and 5.4 s) outlast 3 s, so the live process is suspected twice; the crash is then "
                + "detected about 2.3 s after it happened, because the timeout counts from the last heartbeat.",
            ifTooLow: "A paused process sends nothing: to the detector a long pause looks exactly like a crash.",
            absoluteTolerance: 0.5),
        new PredictionTopic(
            "09a.p2", "availability of the 2-of-3 quorum (each node about 0.954)", relativeTolerance: 0.01,
            why: "A 2-of-3 quorum is up when at least two nodes are: 3a^2 - 2a^3 = 0.994 for a = 0.954, a little above one node; series "
                + "(0.87) is below and 1-of-3 (0.9999) far above.",
            ifTooLow: "A quorum tolerates one failed node, so it beats a single node.",
            ifTooHigh: "Two nodes must be up at once, so a quorum is below the parallel (1-of-3) system."),
    ];
}
