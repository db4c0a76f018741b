namespace VirtLab.Containers.Models;

/// <summary>A container's endpoint on one network.</summary>
public class EndpointSettings
{
    /// <summary>Extra DNS names of the container on this network.</summary>
    public IList<string>? Aliases { get; set; }

    /// <summary>The network's id.</summary>
    public string? NetworkID { get; set; }

    /// <summary>The container's IPv4 address on this network.</summary>
    public string? IPAddress { get; set; }

    /// <summary>The network's gateway.</summary>
    public string? Gateway { get; set; }

    /// <summary>The endpoint's MAC address.</summary>
    public string? MacAddress { get; set; }
}
