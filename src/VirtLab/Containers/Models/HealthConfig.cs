namespace VirtLab.Containers.Models;

/// <summary>A health check the engine runs inside the container (<c>HEALTHCHECK</c>).</summary>
public class HealthConfig
{
    /// <summary>The test, e.g. <c>["CMD-SHELL", "wget -q -O- http://localhost/ || exit 1"]</c>.</summary>
    public IList<string>? Test { get; set; }

    /// <summary>Nanoseconds between checks.</summary>
    public long? Interval { get; set; }

    /// <summary>Nanoseconds before a check counts as failed.</summary>
    public long? Timeout { get; set; }

    /// <summary>Consecutive failures before the container is unhealthy.</summary>
    public int? Retries { get; set; }

    /// <summary>Nanoseconds of grace after start.</summary>
    public long? StartPeriod { get; set; }
}
