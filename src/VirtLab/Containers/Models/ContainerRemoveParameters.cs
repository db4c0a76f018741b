using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>DELETE /containers/{id}</c>.</summary>
public class ContainerRemoveParameters
{
    /// <summary>Kill it first if it runs (<c>docker rm -f</c>).</summary>
    [JsonIgnore]
    public bool? Force { get; set; }

    /// <summary>Also remove its anonymous volumes (query <c>v</c>).</summary>
    [JsonIgnore]
    public bool? RemoveVolumes { get; set; }
}
