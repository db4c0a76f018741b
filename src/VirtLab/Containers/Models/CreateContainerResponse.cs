using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Reply of <c>POST /containers/create</c>.</summary>
public class CreateContainerResponse
{
    /// <summary>The new container's id.</summary>
    [JsonPropertyName("Id")]
    public string ID { get; set; } = string.Empty;

    /// <summary>Warnings the engine gave.</summary>
    public IList<string>? Warnings { get; set; }
}
