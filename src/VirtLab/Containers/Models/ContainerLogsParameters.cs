using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>GET /containers/{id}/logs</c>.</summary>
public class ContainerLogsParameters
{
    /// <summary>Include stdout.</summary>
    [JsonIgnore]
    public bool? ShowStdout { get; set; }

    /// <summary>Include stderr.</summary>
    [JsonIgnore]
    public bool? ShowStderr { get; set; }

    /// <summary>Keep streaming new output.</summary>
    [JsonIgnore]
    public bool? Follow { get; set; }

    /// <summary>Prefix each line with its RFC 3339 time.</summary>
    [JsonIgnore]
    public bool? Timestamps { get; set; }

    /// <summary>Only the last N lines (<c>"all"</c> for everything).</summary>
    [JsonIgnore]
    public string? Tail { get; set; }

    /// <summary>Only after this Unix time.</summary>
    [JsonIgnore]
    public string? Since { get; set; }
}
