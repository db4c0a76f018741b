using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>GET /containers/{id}/stats</c>.</summary>
public class ContainerStatsParameters
{
    /// <summary>Stream one sample per second (default) instead of one sample.</summary>
    [JsonIgnore]
    public bool Stream { get; set; }
}
