namespace VirtLab.Containers.Models;

/// <summary>Reply of <c>GET /exec/{id}/json</c>.</summary>
public class ContainerExecInspectResponse
{
    /// <summary>Exec id.</summary>
    public string? ID { get; set; }

    /// <summary>Still running.</summary>
    public bool Running { get; set; }

    /// <summary>Exit code once finished.</summary>
    public long? ExitCode { get; set; }

    /// <summary>Host PID.</summary>
    public long Pid { get; set; }

    /// <summary>The container.</summary>
    public string? ContainerID { get; set; }
}
