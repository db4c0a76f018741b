namespace VirtLab.Scheduling;

/// <summary>Shortest Job First (non-preemptive): when the CPU is free, run the ready job with the least remaining work.</summary>
/// <remarks>Source: OSTEP ch. 7, "Shortest Job First (SJF)": A = 100, B = C = 10 gives average turnaround 50; with
/// B and C arriving at t = 10 it gives 103.33 (both tested). Metrics match OSTEP <c>cpu-sched/scheduler.py -p SJF</c>
/// (tested). Ties go to the earlier arrival, then the lower id (scheduler.py's stable sort). After I/O a job competes
/// with its remaining work.</remarks>
public sealed class Sjf : ISchedulingPolicy
{
    /// <inheritdoc/>
    public string Name => "SJF";

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload) => Run(workload, null);

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload, ISchedulingObserver? observer) =>
        KeyedScheduler.Run(workload, Name, preemptive: false, key: (_, remaining) => remaining, observer);
}
