using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>A network as list and inspect show it.</summary>
public class NetworkResponse
{
    /// <summary>Name.</summary>
    public string? Name { get; set; }

    /// <summary>Id.</summary>
    [JsonPropertyName("Id")]
    public string ID { get; set; } = string.Empty;

    /// <summary>Driver.</summary>
    public string? Driver { get; set; }

    /// <summary>Scope.</summary>
    public string? Scope { get; set; }

    /// <summary>No outside access.</summary>
    public bool Internal { get; set; }

    /// <summary>Labels.</summary>
    public IDictionary<string, string>? Labels { get; set; }

    /// <summary>Attached containers by id.</summary>
    public IDictionary<string, EndpointResource>? Containers { get; set; }
}
