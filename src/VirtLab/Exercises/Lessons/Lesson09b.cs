using VirtLab.Reliability;
using VirtLab.Reliability.Recovery;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>09b-recovery-supervision.ipynb</c>.</summary>
internal sealed class Lesson09b : ILessonExercises
{
    public string Notebook => "09b-recovery-supervision";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Number(
            "09b.1", "Docker's delay before the fifth restart, in seconds",
            expected: () => BackoffPolicy.Docker.NominalDelay(4).TotalSeconds,
            tolerance: 1e-6,
            hints:
            [
                "Docker waits 100 ms before the first restart and doubles the delay after each one, up to one minute.",
                "Write the delays out: first restart 0.1 s, second 0.2 s, ... The fifth has been doubled four times.",
            ],
            explanation: "0.1, 0.2, 0.4, 0.8, 1.6: the fifth restart waits 0.1 x 2^4 = 1.6 s. The one-minute cap is reached at the "
                + "eleventh restart (the tenth waits 0.1 x 2^9 = 51.2 s), which is how a crash-looping container stops burning the host.",
            source: "BackoffPolicy.Docker (Docker docs, \"Start containers automatically\": double the delay, starting at 100 ms)",
            wrong: 3.2,
            diagnose: a => Math.Abs(a - 3.2) < 1e-6 ? "one doubling too many: the first restart already waits 100 ms"
                : Math.Abs(a - 1600) < 1e-3 ? "that is in milliseconds; the answer is in seconds" : null),
        Exercise.Number(
            "09b.2", "Young's snapshot interval for a 60 s snapshot and one failure a day, in seconds",
            expected: () => CheckpointInterval.Young(checkpointCost: 60, mtbf: 86_400),
            tolerance: 1,
            hints:
            [
                "Young's first-order optimum is tau = sqrt(2 delta M), with delta the snapshot cost and M the mean time between failures.",
                "Use seconds for both: delta = 60 s and M = 86 400 s.",
            ],
            explanation: "tau = sqrt(2 x 60 x 86 400) = sqrt(10 368 000) = 3220 s, about 54 minutes. Snapshot much more often and the "
                + "snapshots eat the time; much less often and each failure loses more work.",
            source: "CheckpointInterval.Young (J. W. Young, CACM 17(9), 1974)",
            wrong: Math.Sqrt(60 * 86_400.0),
            diagnose: a => Math.Abs(a - Math.Sqrt(60 * 86_400.0)) < 1 ? "the factor 2 inside the square root is missing" : null),
        Exercise.Number(
            "09b.3", "availability in percent with one crash a week and a 2 s recovery",
            expected: () => Availability.FromMtbf(mtbf: 604_800, mttr: 2) * 100,
            tolerance: 1e-5,
            hints:
            [
                "A = MTBF / (MTBF + MTTR), both in the same unit; multiply by a hundred for percent.",
                "A week is 604 800 s and the recovery takes 2 s: both are already in seconds.",
            ],
            explanation: "A = 604 800 / 604 802 = 99.99967 %, about 5.5 nines: with under 6 s of downtime per crash a weekly crash still "
                + "leaves five nines. A person who needs 30 minutes gets 604 800 / 606 600 = 99.70 %.",
            source: "Availability.FromMtbf (A = MTBF / (MTBF + MTTR); AWS Well-Architected Reliability Pillar)",
            wrong: 604_800.0 / (604_800 + 2000) * 100,
            diagnose: a => a <= 1 ? "answer in percent (between 0 and 100), not as a fraction"
                : Math.Abs(a - (604_800.0 / 606_800 * 100)) < 1e-4 ? "the recovery time went in as 2000: milliseconds, not seconds" : null),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "09b.p1", "how many of the four web servers (no, on-failure, always, unless-stopped) run again two seconds after the crash",
            relativeTolerance: 0,
            why: "A killed httpd is a non-zero exit, so every policy except \"no\" restarts it (after a 100 ms backoff): three of four.",
            ifTooLow: "on-failure restarts on any non-zero exit code, and a SIGKILL gives 137.",
            ifTooHigh: "The default policy \"no\" never restarts a container.",
            absoluteTolerance: 0.5),
        new PredictionTopic(
            "09b.p2", "mean detection time (kill to detected) with T = 1000 ms and probes every 200 ms, in ms", relativeTolerance: 0.25,
            why: "The last good probe came up to one probe interval before the kill, and the detector fires T after it: detection lies "
                + "between T - P and T + P plus the probe's own time, around 1 s here.",
            ifTooHigh: "The timeout counts from the last good probe, which came before the kill.",
            ifTooLow: "Nothing is noticed before the timeout runs out: a probe that fails is only the absence of a heartbeat."),
    ];
}
