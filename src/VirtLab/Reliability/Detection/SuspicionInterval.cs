namespace VirtLab.Reliability.Detection;

/// <summary>A stretch of time during which a detector suspected the process.</summary>
/// <param name="Start">When suspicion began.</param>
/// <param name="End">When it ended (the next heartbeat, or the end of the trace).</param>
/// <param name="IsMistake">Whether it began while the process was alive (a false suspicion).</param>
public sealed record SuspicionInterval(double Start, double End, bool IsMistake)
{
    /// <summary>Length of the interval.</summary>
    public double Duration => End - Start;
}
