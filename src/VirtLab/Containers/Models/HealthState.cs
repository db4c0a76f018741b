namespace VirtLab.Containers.Models;

/// <summary>Result of the engine's health checks.</summary>
public class HealthState
{
    /// <summary>starting, healthy or unhealthy.</summary>
    public string? Status { get; set; }

    /// <summary>Consecutive failed checks.</summary>
    public long FailingStreak { get; set; }
}
