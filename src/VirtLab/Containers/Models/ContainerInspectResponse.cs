using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Reply of <c>GET /containers/{id}/json</c> (<c>docker inspect</c>).</summary>
public class ContainerInspectResponse
{
    /// <summary>Container id.</summary>
    [JsonPropertyName("Id")]
    public string ID { get; set; } = string.Empty;

    /// <summary>Name with a leading slash.</summary>
    public string? Name { get; set; }

    /// <summary>Creation time (RFC 3339).</summary>
    public string? Created { get; set; }

    /// <summary>Image id.</summary>
    public string? Image { get; set; }

    /// <summary>Run state.</summary>
    public ContainerState? State { get; set; }

    /// <summary>The configuration.</summary>
    public Config? Config { get; set; }

    /// <summary>Host settings (limits, ports, mounts).</summary>
    public HostConfig? HostConfig { get; set; }

    /// <summary>Addresses and published ports.</summary>
    public NetworkSettings? NetworkSettings { get; set; }

    /// <summary>Mounts.</summary>
    public IList<MountPoint>? Mounts { get; set; }

    /// <summary>How often the engine restarted it.</summary>
    public long RestartCount { get; set; }
}
