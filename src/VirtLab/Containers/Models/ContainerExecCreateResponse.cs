using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Reply of exec create.</summary>
public class ContainerExecCreateResponse
{
    /// <summary>Exec instance id.</summary>
    [JsonPropertyName("Id")]
    public string ID { get; set; } = string.Empty;
}
