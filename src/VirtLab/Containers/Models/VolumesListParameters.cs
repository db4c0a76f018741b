using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>GET /volumes</c>.</summary>
public class VolumesListParameters
{
    /// <summary>Filters, e.g. label.</summary>
    [JsonIgnore]
    public IDictionary<string, IDictionary<string, bool>>? Filters { get; set; }
}
