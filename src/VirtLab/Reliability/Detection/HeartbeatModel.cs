namespace VirtLab.Reliability.Detection;

/// <summary>
/// How <see cref="HeartbeatTrace.Generate"/> builds a synthetic trace: the sender emits every
/// <see cref="Interval"/>; each heartbeat reaches the monitor after a delay drawn from
/// Normal(<see cref="MeanDelay"/>, <see cref="DelayStdDeviation"/>) truncated at 0; during a <see cref="Pause"/>
/// the sender sends nothing and sends one heartbeat when it resumes; after <see cref="CrashAt"/> it sends nothing.
/// </summary>
/// <param name="Interval">Heartbeat period. Range: &gt; 0.</param>
/// <param name="MeanDelay">Mean network delay. Range: ≥ 0.</param>
/// <param name="DelayStdDeviation">Delay jitter (σ). Range: ≥ 0.</param>
/// <param name="Duration">Length of the trace (end of observation). Range: &gt; 0.</param>
/// <param name="CrashAt">Crash time, or <see langword="null"/> for a process that stays alive. Range: 0 &lt; crash &lt; duration.</param>
/// <param name="Pauses">Sender pauses, each inside the trace and before the crash.</param>
public sealed record HeartbeatModel(
    double Interval,
    double MeanDelay,
    double DelayStdDeviation,
    double Duration,
    double? CrashAt,
    IReadOnlyList<Pause> Pauses)
{
    /// <summary>Validates the model (throws naming the bad parameter).</summary>
    public HeartbeatModel Validate()
    {
        Guard.Positive(Interval, nameof(Interval));
        Guard.NonNegative(MeanDelay, nameof(MeanDelay));
        Guard.NonNegative(DelayStdDeviation, nameof(DelayStdDeviation));
        Guard.Positive(Duration, nameof(Duration));
        if (CrashAt is { } crash && !(crash > 0 && crash < Duration))
        {
            throw new ArgumentOutOfRangeException(nameof(CrashAt), crash, $"Must lie inside the trace (0, {Duration}).");
        }

        ArgumentNullException.ThrowIfNull(Pauses, nameof(Pauses));
        foreach (var pause in Pauses)
        {
            Guard.NonNegative(pause.Start, nameof(Pauses));
            Guard.Positive(pause.Duration, nameof(Pauses));
            if (pause.End > (CrashAt ?? Duration))
            {
                throw new ArgumentOutOfRangeException(nameof(Pauses), pause, "A pause must end before the crash and the end of the trace.");
            }
        }

        return this;
    }
}
