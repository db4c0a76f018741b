using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>GET /networks</c>.</summary>
public class NetworksListParameters
{
    /// <summary>Filters, e.g. label.</summary>
    [JsonIgnore]
    public IDictionary<string, IDictionary<string, bool>>? Filters { get; set; }
}
