using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>One line of a JSON progress stream (build, import, pull).</summary>
public class JSONMessage
{
    /// <summary>Build output text.</summary>
    public string? Stream { get; set; }

    /// <summary>Status text (pull, import).</summary>
    public string? Status { get; set; }

    /// <summary>Progress bar text.</summary>
    public string? Progress { get; set; }

    /// <summary>Layer or image id.</summary>
    [JsonPropertyName("id")]
    public string? ID { get; set; }

    /// <summary>Error text; a build or import failed if any line has one.</summary>
    public string? Error { get; set; }

    /// <summary>Structured error.</summary>
    public JSONError? ErrorDetail { get; set; }

    /// <summary>Auxiliary data; for a build, <c>{"ID":"sha256:…"}</c>.</summary>
    public System.Text.Json.JsonElement? Aux { get; set; }
}
