namespace VirtLab.Scheduling;

/// <summary>One interval during which a job ran on a CPU: a bar of a Gantt chart.</summary>
/// <param name="JobId">The job (or vCPU) that ran.</param>
/// <param name="Cpu">The CPU it ran on (0 for single-CPU policies).</param>
/// <param name="Start">Start time.</param>
/// <param name="End">End time, &gt; <paramref name="Start"/>.</param>
/// <param name="Queue">The MLFQ queue (priority level) it ran at, or -1 when the policy has no queues.</param>
public readonly record struct TimelineSegment(int JobId, int Cpu, double Start, double End, int Queue = -1)
{
    /// <summary>Length of the interval.</summary>
    public double Duration => End - Start;

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"job {JobId} on cpu {Cpu}: [{Start:0.##}, {End:0.##})");
}
