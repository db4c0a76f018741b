namespace VirtLab.Scheduling;

/// <summary>Shortest Time-to-Completion First (preemptive SJF): whenever a job becomes runnable, run the job with the
/// least remaining work.</summary>
/// <remarks>Source: OSTEP ch. 7, "Shortest Time-to-Completion First (STCF)": A = 100 at 0, B = C = 10 at 10 gives
/// average turnaround 50 (tested). Ties go to the earlier arrival, then the lower id, so an equal newcomer does not
/// preempt the running job.</remarks>
public sealed class Stcf : ISchedulingPolicy
{
    /// <inheritdoc/>
    public string Name => "STCF";

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload) => Run(workload, null);

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload, ISchedulingObserver? observer) =>
        KeyedScheduler.Run(workload, Name, preemptive: true, key: (_, remaining) => remaining, observer);
}
