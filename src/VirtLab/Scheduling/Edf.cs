namespace VirtLab.Scheduling;

/// <summary>Earliest Deadline First (preemptive): run the runnable job whose absolute deadline is earliest.</summary>
/// <remarks>Source: C. L. Liu, J. W. Layland, "Scheduling Algorithms for Multiprogramming in a Hard-Real-Time
/// Environment", JACM 20(1), 1973: on one CPU, EDF meets every deadline of a periodic task set iff utilisation
/// Σ Cᵢ/Tᵢ ≤ 1 (tested on a feasible set with no misses and an overloaded one with misses). Jobs without a deadline
/// run only when no job with a deadline is ready. Late jobs keep running to completion (soft deadlines); each late
/// completion is a <see cref="SchedulingEventKind.DeadlineMiss"/>. Ties go to the earlier arrival, then the lower id.</remarks>
public sealed class Edf : ISchedulingPolicy
{
    /// <inheritdoc/>
    public string Name => "EDF";

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload) => Run(workload, null);

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload, ISchedulingObserver? observer)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var deadlines = workload.Jobs.Select(j => j.Deadline ?? double.PositiveInfinity).ToArray();
        return KeyedScheduler.Run(workload, Name, preemptive: true, key: (id, _) => deadlines[id], observer);
    }
}
