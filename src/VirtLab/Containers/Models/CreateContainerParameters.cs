using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /containers/create</c>: the container <see cref="Config"/> plus host and network settings.</summary>
public class CreateContainerParameters : Config
{
    /// <summary>Container name (query <c>name</c>).</summary>
    [JsonIgnore]
    public string? Name { get; set; }

    /// <summary>Resources, ports, mounts, restart policy.</summary>
    public HostConfig? HostConfig { get; set; }

    /// <summary>Networks to join at creation.</summary>
    public NetworkingConfig? NetworkingConfig { get; set; }
}
