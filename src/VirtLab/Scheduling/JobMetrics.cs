namespace VirtLab.Scheduling;

/// <summary>Per-job results of a simulation.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Arrival">When it arrived.</param>
/// <param name="Runtime">CPU time it needed.</param>
/// <param name="FirstRun">When it first got a CPU.</param>
/// <param name="Completion">When it finished.</param>
/// <param name="Blocked">Total time spent waiting for its own I/O.</param>
/// <param name="Deadline">Its absolute deadline, if any.</param>
/// <remarks>Definitions from OSTEP ch. 7 (Arpaci-Dusseau, <i>Operating Systems: Three Easy Pieces</i>,
/// "Scheduling: Introduction"): T_turnaround = T_completion − T_arrival, T_response = T_firstrun − T_arrival.
/// Wait is the time spent runnable but not running, as OSTEP's <c>scheduler.py</c> reports it:
/// turnaround − runtime − blocked.</remarks>
public readonly record struct JobMetrics(int JobId, double Arrival, double Runtime, double FirstRun, double Completion, double Blocked = 0, double? Deadline = null)
{
    /// <summary>T_response = T_firstrun − T_arrival.</summary>
    public double Response => FirstRun - Arrival;

    /// <summary>T_turnaround = T_completion − T_arrival.</summary>
    public double Turnaround => Completion - Arrival;

    /// <summary>Time runnable but not running: turnaround − runtime − blocked.</summary>
    public double Wait => Turnaround - Runtime - Blocked;

    /// <summary>Whether the job finished after its deadline.</summary>
    public bool MissedDeadline => Deadline is { } d && Completion > d + 1e-9;

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"Job {JobId}: response {Response:0.##}, turnaround {Turnaround:0.##}, wait {Wait:0.##}");
}
