namespace VirtLab.Scheduling;

/// <summary>
/// Lock-holder preemption and co-scheduling: a multiprocessor guest whose vCPUs share a spinlock runs on pCPUs shared
/// with other guests, under independent, strict (gang) or relaxed co-scheduling.
/// </summary>
/// <remarks>
/// <para>Sources: J. K. Ousterhout, "Scheduling Techniques for Concurrent Systems", ICDCS 1982 (co-scheduling: run the
/// cooperating processes of a task at the same time, filling holes from other tasks); V. Uhlig, J. LeVasseur,
/// E. Skoglund, U. Dannowski, "Towards Scalable Multiprocessor Virtual Machines", USENIX VM '04 (lock-holder
/// preemption: a descheduled vCPU holding a spinlock makes its siblings spin); VMware, "The CPU Scheduler in VMware
/// vSphere 5.1" (technical white paper, 2013: strict co-scheduling before ESX 3, relaxed co-scheduling since: a vCPU
/// whose progress is too far ahead of its slowest sibling is co-stopped, lagging siblings are co-started).</para>
/// <para>Model (discrete ticks): at every multiple of <see cref="CoSchedulingScenario.Quantum"/> the scheduler picks
/// which vCPUs run. The initial run queue interleaves the guests (vCPU 0 of every guest, then vCPU 1, …); units that
/// ran go to the back. Independent picks the first n vCPUs of the queue. Strict treats each guest as a gang that runs
/// only when all its vCPUs get a pCPU; gangs that fit fill the holes left by a gang that does not (Ousterhout's
/// alternative selection), and what no gang fits stays idle. Relaxed is independent plus, before every tick, a skew
/// check on the guest under study: a running vCPU that has run <see cref="CoSchedulingScenario.SkewLimit"/> ticks more
/// than its slowest sibling is co-stopped (descheduled, not eligible while it leads by that much), and a sibling that
/// lags the leader by that much is started before anything else (co-start). The other guests take no locks, so the
/// skew check ignores them. Within a tick, waiting vCPUs try the lock in index order (test-and-set; lowest index
/// wins), then every running vCPU works one tick; a release takes effect at the next tick.</para>
/// <para>Worked example (tested by hand): 1 pCPU, a 2-vCPU guest alone, quantum 2, 1 tick parallel, 3 ticks critical,
/// 8 ticks, independent: vCPU 0 takes the lock at tick 1 and is preempted at tick 2; vCPU 1 spins at tick 3 on a
/// descheduled holder; result 7 useful ticks, 1 spin tick (all of it lock-holder preemption), 1 critical section.</para>
/// </remarks>
public static class CoScheduling
{
    /// <summary>Simulates <paramref name="scenario"/> under <paramref name="policy"/>.</summary>
    /// <param name="scenario">The guest, the competing guests and the timing.</param>
    /// <param name="policy">How vCPUs are placed on pCPUs.</param>
    /// <returns>Where the pCPU time went.</returns>
    /// <exception cref="ArgumentException">A scenario field is out of range, or with <see cref="CoSchedulingPolicy.Strict"/>
    /// a guest has more vCPUs than there are pCPUs (its gang could never run).</exception>
    public static CoSchedulingResult Run(CoSchedulingScenario scenario, CoSchedulingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.Validate();
        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown co-scheduling policy.");
        }

        if (policy == CoSchedulingPolicy.Strict && Math.Max(scenario.GuestVcpus, scenario.OtherGuests.DefaultIfEmpty(0).Max()) > scenario.PhysicalCpus)
        {
            throw new ArgumentException(
                $"Strict co-scheduling needs every guest's vCPU count to be at most PhysicalCpus ({scenario.PhysicalCpus}); a larger gang never runs.",
                nameof(scenario));
        }

        return new CoSchedulingSimulation(scenario, policy).Run();
    }

    /// <summary>Runs <paramref name="scenario"/> under Independent, Strict and Relaxed.</summary>
    /// <param name="scenario">The scenario; every guest must fit on the pCPUs (Strict requires it).</param>
    /// <exception cref="ArgumentException">As for <see cref="Run"/>.</exception>
    public static CoSchedulingComparison Compare(CoSchedulingScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var results = Enum.GetValues<CoSchedulingPolicy>().Select(p => Run(scenario, p)).ToArray();
        return new CoSchedulingComparison(scenario, results);
    }
}
