namespace VirtLab.Containers.Models;

/// <summary>A container's run state.</summary>
public class ContainerState
{
    /// <summary>created, running, paused, restarting, removing, exited, dead.</summary>
    public string? Status { get; set; }

    /// <summary>Whether it runs (also true while paused).</summary>
    public bool Running { get; set; }

    /// <summary>Whether it is paused (cgroup freezer).</summary>
    public bool Paused { get; set; }

    /// <summary>Whether the engine is restarting it.</summary>
    public bool Restarting { get; set; }

    /// <summary>Whether the kernel's OOM killer ended it.</summary>
    public bool OOMKilled { get; set; }

    /// <summary>Whether it is dead.</summary>
    public bool Dead { get; set; }

    /// <summary>Host PID of its main process (0 when not running).</summary>
    public long Pid { get; set; }

    /// <summary>Exit code of the last run.</summary>
    public long ExitCode { get; set; }

    /// <summary>Engine error, if any.</summary>
    public string? Error { get; set; }

    /// <summary>Last start (RFC 3339).</summary>
    public string? StartedAt { get; set; }

    /// <summary>Last exit (RFC 3339).</summary>
    public string? FinishedAt { get; set; }

    /// <summary>Health check state, if a check is configured.</summary>
    public HealthState? Health { get; set; }
}
