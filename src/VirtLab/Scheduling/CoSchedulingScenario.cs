namespace VirtLab.Scheduling;

/// <summary>A multiprocessor guest running a spinlock-protected loop on pCPUs shared with other busy guests.</summary>
/// <remarks>
/// Each vCPU of the guest under study repeats: <see cref="ParallelTicks"/> ticks of lock-free work, then it takes one
/// global test-and-set spinlock, holds it for <see cref="CriticalTicks"/> ticks and releases it. A vCPU that finds the
/// lock taken spins (it stays runnable and burns its pCPU). The other guests are CPU-bound and take no locks. One tick
/// is one unit of time (think 1 ms). Model after V. Uhlig, J. LeVasseur, E. Skoglund, U. Dannowski, "Towards Scalable
/// Multiprocessor Virtual Machines", USENIX VM '04 (lock-holder preemption).
/// </remarks>
/// <param name="PhysicalCpus">Number of pCPUs n. Range: n ≥ 1.</param>
/// <param name="GuestVcpus">vCPUs k of the guest under study. Range: k ≥ 1.</param>
/// <param name="OtherGuests">vCPU count of each other (busy, lock-free) guest; may be empty. Range: each ≥ 1.</param>
/// <param name="ParallelTicks">Lock-free work per iteration. Range: ≥ 1.</param>
/// <param name="CriticalTicks">Ticks the lock is held per iteration. Range: ≥ 1.</param>
/// <param name="Quantum">Time slice: the scheduler re-decides every <paramref name="Quantum"/> ticks. Range: ≥ 1.</param>
/// <param name="DurationTicks">Simulated ticks. Range: ≥ 1.</param>
/// <param name="SkewLimit">Relaxed policy only: the lead over the slowest sibling (in ticks run) at which a vCPU is
/// co-stopped. Range: ≥ 1.</param>
/// <param name="Seed">If given, every lock-free phase lasts a random 1 … 2·<paramref name="ParallelTicks"/> − 1 ticks
/// (uniform, mean <paramref name="ParallelTicks"/>) drawn from <c>new Random(Seed)</c>, so that the vCPUs drift out of
/// step as real ones do; if null, every phase lasts exactly <paramref name="ParallelTicks"/> (hand-checkable).</param>
public sealed record CoSchedulingScenario(
    int PhysicalCpus,
    int GuestVcpus,
    IReadOnlyList<int> OtherGuests,
    int ParallelTicks = 4,
    int CriticalTicks = 2,
    int Quantum = 10,
    int DurationTicks = 1000,
    int SkewLimit = 3,
    int? Seed = null)
{
    /// <summary>Throws if a field is out of range.</summary>
    /// <exception cref="ArgumentException">A field breaks the range given in its documentation.</exception>
    public void Validate()
    {
        RequireAtLeastOne(PhysicalCpus, nameof(PhysicalCpus));
        RequireAtLeastOne(GuestVcpus, nameof(GuestVcpus));
        RequireAtLeastOne(ParallelTicks, nameof(ParallelTicks));
        RequireAtLeastOne(CriticalTicks, nameof(CriticalTicks));
        RequireAtLeastOne(Quantum, nameof(Quantum));
        RequireAtLeastOne(DurationTicks, nameof(DurationTicks));
        RequireAtLeastOne(SkewLimit, nameof(SkewLimit));
        if (OtherGuests is null)
        {
            throw new ArgumentNullException(nameof(OtherGuests), "Give an empty list when there are no other guests.");
        }

        foreach (var vcpus in OtherGuests)
        {
            RequireAtLeastOne(vcpus, nameof(OtherGuests));
        }
    }

    private static void RequireAtLeastOne(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
        }
    }
}
