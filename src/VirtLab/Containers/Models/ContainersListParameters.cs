using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>GET /containers/json</c> (<c>docker ps</c>).</summary>
public class ContainersListParameters
{
    /// <summary>Include stopped containers (<c>-a</c>).</summary>
    [JsonIgnore]
    public bool? All { get; set; }

    /// <summary>Only the newest N.</summary>
    [JsonIgnore]
    public long? Limit { get; set; }

    /// <summary>Filters, e.g. <c>{"label": {"virtlab.owner": true}}</c>.</summary>
    [JsonIgnore]
    public IDictionary<string, IDictionary<string, bool>>? Filters { get; set; }
}
