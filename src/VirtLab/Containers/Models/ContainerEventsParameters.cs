using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>GET /events</c> (<c>docker events</c>).</summary>
public class ContainerEventsParameters
{
    /// <summary>Unix time to start from.</summary>
    [JsonIgnore]
    public string? Since { get; set; }

    /// <summary>Unix time to stop at; without it the stream stays open.</summary>
    [JsonIgnore]
    public string? Until { get; set; }

    /// <summary>Filters, e.g. type, label, container.</summary>
    [JsonIgnore]
    public IDictionary<string, IDictionary<string, bool>>? Filters { get; set; }
}
