namespace VirtLab.Scheduling;

/// <summary>First In, First Out (first come, first served): jobs run to completion in arrival order.</summary>
/// <remarks>Source: OSTEP ch. 7, "First In, First Out (FIFO)" (the convoy effect: A = 100, B = C = 10 gives average
/// turnaround 110, tested); metrics match OSTEP <c>cpu-sched/scheduler.py -p FIFO</c> (tested). Ties in arrival go to
/// the lower job id. A job that issues I/O gives up the CPU and rejoins the tail of the queue when its I/O completes.</remarks>
public sealed class Fifo : ISchedulingPolicy
{
    /// <inheritdoc/>
    public string Name => "FIFO";

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload) => Run(workload, null);

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload, ISchedulingObserver? observer) => RoundRobin.RunQueue(workload, double.PositiveInfinity, Name, observer);
}
