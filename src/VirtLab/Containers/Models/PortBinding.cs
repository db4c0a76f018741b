namespace VirtLab.Containers.Models;

/// <summary>A host address and port bound to a container port.</summary>
public class PortBinding
{
    /// <summary>Host address, e.g. <c>127.0.0.1</c>; empty for all.</summary>
    public string? HostIp { get; set; }

    /// <summary>Host port; empty or <c>0</c> lets the engine choose.</summary>
    public string? HostPort { get; set; }
}
