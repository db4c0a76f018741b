using VirtLab.Allocation;
using VirtLab.Allocation.Memory;

namespace VirtLab.Exercises.Lessons;

/// <summary>Exercises and predictions of <c>04-memory.ipynb</c>.</summary>
internal sealed class Lesson04 : ILessonExercises
{
    private static readonly GuestMemory[] Pair = [new("idle", 1000, 100, Shares: 1), new("busy", 1000, 800, Shares: 1)];

    public string Notebook => "04-memory";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        Exercise.Integer(
            "04.1", "4096 MB VMs admitted on an overcommitted host",
            expected: () => Allocate.Admit(new HostCapacity(Cpus: 16, MemoryMb: 16384, ReservedMemoryMb: 512),
                Enumerable.Range(1, 10).Select(i => new VmRequest($"vm{i}", 1, 4096))).AdmittedCount,
            hints:
            [
                "Placement's memory capacity is (total - reserved) x ram_allocation_ratio. Compute it first.",
                "Capacity = (16384 - 512) x 1.5 MB. How many whole 4096 MB VMs fit in it? Round down.",
            ],
            explanation: "(16 384 - 512) x 1.5 = 23 808 MB of schedulable memory; 23 808 / 4096 = 5.8, so 5 VMs fit and the sixth would need 24 576 MB. "
                + "The reservation is taken off before the ratio multiplies (OpenStack Placement, inventory capacity).",
            source: "Allocate.Admit (OpenStack Placement: used + requested <= (total - reserved) x allocation_ratio)",
            wrong: 6),
        Exercise.Number(
            "04.2", "memory saved by sharing among four identical VMs",
            expected: () => PageSharing.SavingsFraction(4, pagesPerGuest: 262144, commonFraction: 0.5),
            tolerance: 1e-6,
            hints:
            [
                "Of the common pages, one copy must stay in memory; the copies in the other guests are the savings.",
                "Savings = (n - 1) x s / n for n guests with a fraction s of common pages.",
            ],
            explanation: "Half of each VM is common; one copy stays and the other three are shared away: (4 - 1) x 0.5 / 4 = 0.375 of all their memory.",
            source: "PageSharing.SavingsFraction (Waldspurger, OSDI 2002, section 4)",
            wrong: 0.5,
            diagnose: a => a > 1 ? "answer as a fraction between 0 and 1, not a percentage" : null),
        Exercise.Number(
            "04.3", "MB the idle guest keeps at tax rate 0.5",
            expected: () => IdleMemoryTax.Allocate(1000, Pair, taxRate: 0.5).KeptMb[0],
            tolerance: 0.1,
            hints:
            [
                "With tau = 0.5 an idle page costs k = 1/(1 - 0.5) = 2 active pages. Memory moves until both guests' rho are equal.",
                "Equal shares and equal rho mean equal cost: the idle guest keeps 100 + (c - 100)/2 where c is what the busy one keeps, and both add up to 1000.",
            ],
            explanation: "With equal shares, equal rho means equal cost in 'active pages'. The busy guest's c MB are all active; the idle guest's m MB cost "
                + "100 + 2 (m - 100). So c = 2m - 100, and m + c = 1000 gives m = 366.7 MB, c = 633.3 MB. A higher tax moves more memory to the busy guest.",
            source: "IdleMemoryTax.Allocate (Waldspurger, OSDI 2002, section 5.2: rho = S / (P (f + k (1 - f))), k = 1/(1 - tau))",
            wrong: 500),
    ];

    public IReadOnlyList<PredictionTopic> Predictions { get; } =
    [
        new PredictionTopic(
            "04.p1", "overcommit ratio of three 2048 MB guests on a 4096 MB host", relativeTolerance: 0.01,
            why: "The ratio counts configured memory, not what is used: 3 x 2048 / 4096 = 1.5. The working sets (2304 MB) still fit, which is what makes it safe.",
            ifTooLow: "Overcommit is about configured memory: every guest's 2048 MB counts, however little of it is active.",
            ifTooHigh: "Divide the configured total (6144 MB) by the machine's memory, not by the active memory."),
        new PredictionTopic(
            "04.p2", "idle guest's adjusted shares-per-page ratio at tau = 0.75", relativeTolerance: 0.05,
            why: "k = 1/(1 - 0.75) = 4, so rho = 1000 / (1000 x (0.1 + 4 x 0.9)) = 1/3.7 = 0.27; the busy guest's rho is 1. The lower rho loses pages first.",
            ifTooHigh: "Idle pages cost k = 4 times more: 90 % idle makes the guest's pages look 3.7 times as expensive.",
            ifTooLow: "Only the idle 90 % is taxed; the active 10 % still counts once: f + k (1 - f) = 0.1 + 3.6."),
        new PredictionTopic(
            "04.p3", "exit code of the container killed for exceeding its memory limit", relativeTolerance: 0,
            why: "The kernel's OOM killer ends the process with SIGKILL (signal 9), and Docker reports 128 + 9 = 137 with OOMKilled = true.",
            ifTooLow: "The process does not fail an allocation and exit with an error code: the kernel kills it, and a signal death is reported as 128 + signal.",
            ifTooHigh: "SIGKILL is signal 9: 128 + 9."),
    ];
}
