using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Reply of <c>POST /commit</c>.</summary>
public class CommitContainerChangesResponse
{
    /// <summary>The new image id.</summary>
    [JsonPropertyName("Id")]
    public string ID { get; set; } = string.Empty;
}
