namespace VirtLab.Containers.Models;

/// <summary>Reply of <c>GET /info</c> (<c>docker info</c>).</summary>
public class SystemInfoResponse
{
    /// <summary>Engine id.</summary>
    public string? ID { get; set; }

    /// <summary>Number of containers.</summary>
    public long Containers { get; set; }

    /// <summary>Number of images.</summary>
    public long Images { get; set; }

    /// <summary>Storage driver, e.g. overlay2.</summary>
    public string? Driver { get; set; }

    /// <summary>CPUs the engine sees.</summary>
    public long NCPU { get; set; }

    /// <summary>Host memory in bytes.</summary>
    public long MemTotal { get; set; }

    /// <summary>1 or 2.</summary>
    public string? CgroupVersion { get; set; }

    /// <summary>cgroupfs or systemd.</summary>
    public string? CgroupDriver { get; set; }

    /// <summary>Host OS.</summary>
    public string? OperatingSystem { get; set; }

    /// <summary>Host kernel.</summary>
    public string? KernelVersion { get; set; }

    /// <summary>Engine version.</summary>
    public string? ServerVersion { get; set; }
}
