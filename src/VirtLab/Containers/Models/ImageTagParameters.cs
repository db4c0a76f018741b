using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /images/{name}/tag</c>.</summary>
public class ImageTagParameters
{
    /// <summary>Repository (query <c>repo</c>).</summary>
    [JsonIgnore]
    public string RepositoryName { get; set; } = string.Empty;

    /// <summary>Tag.</summary>
    [JsonIgnore]
    public string? Tag { get; set; }
}
