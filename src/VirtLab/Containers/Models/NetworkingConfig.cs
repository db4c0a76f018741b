namespace VirtLab.Containers.Models;

/// <summary>Networks a container joins at creation.</summary>
public class NetworkingConfig
{
    /// <summary>Network name to endpoint settings.</summary>
    public IDictionary<string, EndpointSettings>? EndpointsConfig { get; set; }
}
