using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>One container in <c>docker ps</c>.</summary>
public class ContainerListResponse
{
    /// <summary>Container id.</summary>
    [JsonPropertyName("Id")]
    public string ID { get; set; } = string.Empty;

    /// <summary>Names, each with a leading slash.</summary>
    public IList<string>? Names { get; set; }

    /// <summary>Image name.</summary>
    public string? Image { get; set; }

    /// <summary>Image id.</summary>
    public string? ImageID { get; set; }

    /// <summary>Command line.</summary>
    public string? Command { get; set; }

    /// <summary>Creation time (Unix seconds).</summary>
    public long Created { get; set; }

    /// <summary>created, running, paused, restarting, exited, dead.</summary>
    public string? State { get; set; }

    /// <summary>Human-readable status, e.g. <c>Up 3 seconds</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Labels.</summary>
    public IDictionary<string, string>? Labels { get; set; }
}
