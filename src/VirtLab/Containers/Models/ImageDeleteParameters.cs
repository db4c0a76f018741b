using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>DELETE /images/{name}</c>.</summary>
public class ImageDeleteParameters
{
    /// <summary>Remove even if tagged several times or in use by stopped containers.</summary>
    [JsonIgnore]
    public bool? Force { get; set; }

    /// <summary>Keep untagged parents.</summary>
    [JsonIgnore]
    public bool? NoPrune { get; set; }
}
