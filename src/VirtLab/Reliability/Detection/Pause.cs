namespace VirtLab.Reliability.Detection;

/// <summary>A stretch during which the sender is alive but silent (a stop-the-world GC, a descheduled VM, SIGSTOP).</summary>
/// <param name="Start">When the pause begins.</param>
/// <param name="Duration">How long it lasts. Range: &gt; 0.</param>
public sealed record Pause(double Start, double Duration)
{
    /// <summary>When the pause ends.</summary>
    public double End => Start + Duration;
}
