using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>GET /images/json</c> (<c>docker images</c>).</summary>
public class ImagesListParameters
{
    /// <summary>Include intermediate images.</summary>
    [JsonIgnore]
    public bool? All { get; set; }

    /// <summary>Filters, e.g. label or reference.</summary>
    [JsonIgnore]
    public IDictionary<string, IDictionary<string, bool>>? Filters { get; set; }
}
