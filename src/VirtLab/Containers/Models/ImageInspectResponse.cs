using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Reply of <c>GET /images/{name}/json</c>.</summary>
public class ImageInspectResponse
{
    /// <summary>Image id.</summary>
    [JsonPropertyName("Id")]
    public string ID { get; set; } = string.Empty;

    /// <summary>Names.</summary>
    public IList<string>? RepoTags { get; set; }

    /// <summary>Creation time.</summary>
    public string? Created { get; set; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>Default container configuration.</summary>
    public Config? Config { get; set; }

    /// <summary>CPU architecture.</summary>
    public string? Architecture { get; set; }

    /// <summary>Operating system.</summary>
    public string? Os { get; set; }
}
