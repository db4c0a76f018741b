using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>One image in <c>docker images</c>.</summary>
public class ImagesListResponse
{
    /// <summary>Image id.</summary>
    [JsonPropertyName("Id")]
    public string ID { get; set; } = string.Empty;

    /// <summary>Names.</summary>
    public IList<string>? RepoTags { get; set; }

    /// <summary>Creation time (Unix seconds).</summary>
    public long Created { get; set; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>Labels.</summary>
    public IDictionary<string, string>? Labels { get; set; }
}
