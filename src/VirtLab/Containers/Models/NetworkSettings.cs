namespace VirtLab.Containers.Models;

/// <summary>A container's addresses and published ports.</summary>
public class NetworkSettings
{
    /// <summary>Address on the default bridge.</summary>
    public string? IPAddress { get; set; }

    /// <summary>Container port to host bindings (running containers only).</summary>
    public IDictionary<string, IList<PortBinding>?>? Ports { get; set; }

    /// <summary>Network name to endpoint.</summary>
    public IDictionary<string, EndpointSettings>? Networks { get; set; }
}
