using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /commit</c> (<c>docker commit</c>): a snapshot of a container as an image.</summary>
public class CommitContainerChangesParameters
{
    /// <summary>The container to snapshot.</summary>
    [JsonIgnore]
    public string ContainerID { get; set; } = string.Empty;

    /// <summary>Repository of the new image (query <c>repo</c>).</summary>
    [JsonIgnore]
    public string? RepositoryName { get; set; }

    /// <summary>Tag of the new image.</summary>
    [JsonIgnore]
    public string? Tag { get; set; }

    /// <summary>Commit message.</summary>
    [JsonIgnore]
    public string? Comment { get; set; }

    /// <summary>Author.</summary>
    [JsonIgnore]
    public string? Author { get; set; }

    /// <summary>Pause the container while committing (default true).</summary>
    [JsonIgnore]
    public bool? Pause { get; set; }

    /// <summary>Dockerfile instructions to apply, e.g. <c>LABEL a=b</c>.</summary>
    [JsonIgnore]
    public IList<string>? Changes { get; set; }
}
