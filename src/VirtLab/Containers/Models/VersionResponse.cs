using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Reply of <c>GET /version</c>.</summary>
public class VersionResponse
{
    /// <summary>Engine version, e.g. 20.10.24.</summary>
    public string? Version { get; set; }

    /// <summary>Newest API version the engine speaks.</summary>
    [JsonPropertyName("ApiVersion")]
    public string? APIVersion { get; set; }

    /// <summary>Oldest API version the engine accepts.</summary>
    [JsonPropertyName("MinAPIVersion")]
    public string? MinAPIVersion { get; set; }

    /// <summary>Operating system.</summary>
    public string? Os { get; set; }

    /// <summary>Architecture.</summary>
    public string? Arch { get; set; }

    /// <summary>Host kernel.</summary>
    public string? KernelVersion { get; set; }

    /// <summary>Go version of the engine.</summary>
    public string? GoVersion { get; set; }
}
