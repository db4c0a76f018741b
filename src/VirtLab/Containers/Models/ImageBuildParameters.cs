using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /build</c> (<c>docker build</c>).</summary>
public class ImageBuildParameters
{
    /// <summary>Names for the image (query <c>t</c>).</summary>
    [JsonIgnore]
    public IList<string>? Tags { get; set; }

    /// <summary>Dockerfile path inside the context (default <c>Dockerfile</c>).</summary>
    [JsonIgnore]
    public string? Dockerfile { get; set; }

    /// <summary>Labels of the image.</summary>
    [JsonIgnore]
    public IDictionary<string, string>? Labels { get; set; }

    /// <summary>Do not use the build cache.</summary>
    [JsonIgnore]
    public bool? NoCache { get; set; }

    /// <summary>Remove intermediate containers (query <c>rm</c>).</summary>
    [JsonIgnore]
    public bool? Remove { get; set; }

    /// <summary>Always remove intermediate containers (query <c>forcerm</c>).</summary>
    [JsonIgnore]
    public bool? ForceRemove { get; set; }
}
