namespace VirtLab.Scheduling;

/// <summary>A point event of a simulation (arrival, I/O, completion, boost, deadline miss).</summary>
/// <param name="Time">When it happened.</param>
/// <param name="JobId">The job, or -1 for events that concern all jobs (<see cref="SchedulingEventKind.Boost"/>).</param>
/// <param name="Kind">What happened.</param>
public readonly record struct SchedulingEvent(double Time, int JobId, SchedulingEventKind Kind)
{
    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"[ time {Time:0.##} ] {Kind} job {JobId}");
}
