using VirtLab.Allocation.Linux;
using VirtLab.Scheduling;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>07a-hypervisor-credit-scheduler.ipynb</c>.</summary>
internal sealed class Lesson07a : ILessonExercises
{
    /// <summary>The CPU shares of the three busy containers in the lesson.</summary>
    private static readonly long[] ContainerShares = [512, 1024, 2048];

    public string Notebook => "07a-hypervisor-credit-scheduler";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Integer(
            "07a.1", "credits of the weight-512 domain on two pCPUs",
            expected: () => CreditScheduler.FairCredits(600, [256, 256, 512])[2],
            hints:
            [
                "Each pCPU brings 300 credits per period, so two bring 600; they are split in proportion to the weights.",
                "credit_fair = ceil(credit_total * weight / total weight); the total weight is 256 + 256 + 512.",
            ],
            explanation: "The total weight is 1024, so the weight-512 domain gets ceil(600 * 512 / 1024) = 300 credits: half of the host, "
                + "one whole pCPU, while the two weight-256 domains get 150 each.",
            source: "CreditScheduler.FairCredits (Xen xen/common/sched/credit.c, csched_acct)",
            wrong: 150),
        Exercise.Integer(
            "07a.2", "credits per period under cap 25",
            expected: () => CreditScheduler.CapCredits(25),
            hints:
            [
                "A cap is a percentage of one pCPU, and one pCPU earns 300 credits per period.",
                "Xen computes (cap * 300 + 99) / 100 in integers: the + 99 makes the division round up.",
            ],
            explanation: "(25 * 300 + 99) / 100 = 7599 / 100 = 75 in integer division: a quarter of one pCPU's 300 credits. "
                + "Past that the domain is parked until the next accounting, even if the host is idle.",
            source: "CreditScheduler.CapCredits (Xen xen/common/sched/credit.c, csched_acct)",
            wrong: 25),
        Exercise.Number(
            "07a.3", "CPU share of the 2048-shares container on cgroup v2 with current runc",
            expected: () =>
            {
                var weights = ContainerShares.Select(s => (double)CgroupCpu.EffectiveSchedulerWeight(s, SharesConversion.Runc)).ToArray();
                return weights[2] / weights.Sum();
            },
            tolerance: 0.005,
            hints:
            [
                "On cgroup v2 the shares are not the weights: the runtime writes cpu.weight 59, 100 and 174 for 512, 1024 and 2048.",
                "The busy CPU is split in proportion to the weights the kernel sees: w_i / sum of w.",
            ],
            explanation: "59 + 100 + 174 = 333, so the 2048-shares container gets 174 / 333 = 0.523 (and the others 0.177 and 0.300), "
                + "not 4/7 = 0.571 as with cgroup v1 shares: runc's log-quadratic map keeps 1024 -> 100 but compresses the ratios.",
            source: "CgroupCpu.SharesToWeight(SharesConversion.Runc) (opencontainers/cgroups ConvertCPUSharesToCgroupV2Value, runc PR #4785)",
            wrong: 4.0 / 7,
            diagnose: a => a > 1 ? "answer as a fraction between 0 and 1, not a percentage"
                : Math.Abs(a - (4.0 / 7)) < 0.005 ? "that is the cgroup v1 split, where the shares themselves are the weights" : null),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "07a.p1", "percent of the pCPU the weight-512 domain gets against weight 256", relativeTolerance: 0.05,
            why: "credit_fair = ceil(300 * w / sum w) gives 100 and 200 credits, so the weight-512 domain runs two thirds of the time: 66.7 %.",
            ifTooLow: "Weights are proportional: twice the weight is twice the CPU of the other, not a small bonus."),
        new PredictionTopic(
            "07a.p2", "percent of an otherwise idle pCPU a busy domain with cap 50 gets", relativeTolerance: 0.1,
            why: "The cap is a hard ceiling: at most ceil(50 * 300 / 100) = 150 credits per period, about half the pCPU, even though the rest stays idle.",
            ifTooHigh: "A cap is not work-conserving: the idle half of the pCPU is not given to the capped domain."),
        new PredictionTopic(
            "07a.p3", "percent of a pCPU the 4-vCPU domain \"big\" gets on 2 pCPUs against a 1-vCPU domain", relativeTolerance: 0.1,
            why: "csched_acct counts weight once per active vCPU: big has 4 x 256 of the 5 x 256, so 4/5 of 600 credits, 160 % of a pCPU; small 40 %.",
            ifTooLow: "Equal weights are per vCPU here, not per domain: more busy vCPUs earn more credits."),
        new PredictionTopic(
            "07a.p4", "average wake-up latency of the I/O-bound guest with BOOST, in ms", relativeTolerance: 0.5,
            why: "A vCPU that wakes while UNDER is BOOSTed and preempts the CPU hogs at once, so it runs as soon as its I/O completes: "
                + "a latency of about 0 ms, against a little more without BOOST when a hog happens to be UNDER.",
            ifTooHigh: "BOOST does not wait for the hog's time slice to end: the waking vCPU preempts it.",
            absoluteTolerance: 0.5),
        new PredictionTopic(
            "07a.p5", "share of the three containers' CPU time the 2048-shares container gets (between 0 and 1)", relativeTolerance: 0.1,
            why: "The fair scheduler splits a busy CPU by weight. On cgroup v1 the shares are the weights (2048 / 3584 = 0.571); on cgroup v2 "
                + "current runc writes cpu.weight 59, 100 and 174 (0.523). The cell above printed which one this host uses.",
            ifTooLow: "Shares are relative weights: the biggest of the three gets more than half of the CPU."),
    ];
}
