namespace VirtLab.Scheduling;

/// <summary>Receives a simulation as it happens: every slice the policy schedules (unmerged) and every event, in
/// simulation order. Used to stream an execution trace without keeping it in memory.</summary>
/// <remarks>Calls arrive in time order: events that happen at the start of a slice come before it, an I/O start or
/// a completion at its end comes after it. A run with <c>end == start</c> is a zero-length job being scheduled.</remarks>
public interface ISchedulingObserver
{
    /// <summary>A job ran on the CPU during [start, end).</summary>
    /// <param name="job">The job id.</param>
    /// <param name="start">Start time.</param>
    /// <param name="end">End time (≥ start).</param>
    /// <param name="queue">MLFQ queue (priority level) or -1.</param>
    /// <param name="ticksLeft">MLFQ: ticks left in the job's quantum when the slice started, otherwise -1.</param>
    /// <param name="allotmentLeft">MLFQ: quanta left in the job's allotment at its level, otherwise -1.</param>
    void Ran(int job, double start, double end, int queue, long ticksLeft, long allotmentLeft);

    /// <summary>A job finished (always right after its last <see cref="Ran"/>).</summary>
    /// <param name="job">The job id.</param>
    /// <param name="time">Completion time.</param>
    void Finished(int job, double time);

    /// <summary>A point event: arrival (MLFQ only), I/O start or completion, boost (job -1), deadline miss.</summary>
    /// <param name="time">When.</param>
    /// <param name="job">The job, or -1.</param>
    /// <param name="kind">What happened.</param>
    void Happened(double time, int job, SchedulingEventKind kind);

    /// <summary>Nothing was runnable during [from, to) (reported by MLFQ, which idles tick by tick).</summary>
    /// <param name="from">Start of the idle period.</param>
    /// <param name="to">End of the idle period.</param>
    void Idle(double from, double to);
}
