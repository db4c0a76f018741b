using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Reply of network create.</summary>
public class NetworksCreateResponse
{
    /// <summary>Network id.</summary>
    [JsonPropertyName("Id")]
    public string ID { get; set; } = string.Empty;

    /// <summary>Warning, if any.</summary>
    public string? Warning { get; set; }
}
