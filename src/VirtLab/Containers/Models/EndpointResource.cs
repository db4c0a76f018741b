namespace VirtLab.Containers.Models;

/// <summary>A container attached to a network.</summary>
public class EndpointResource
{
    /// <summary>Container name.</summary>
    public string? Name { get; set; }

    /// <summary>Address with prefix length.</summary>
    public string? IPv4Address { get; set; }
}
