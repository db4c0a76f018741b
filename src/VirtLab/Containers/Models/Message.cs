using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>One engine event (<c>docker events</c>).</summary>
public class Message
{
    /// <summary>container, image, network, volume, …</summary>
    public string? Type { get; set; }

    /// <summary>create, start, die, kill, oom, health_status: …</summary>
    public string? Action { get; set; }

    /// <summary>The object the event is about.</summary>
    public Actor? Actor { get; set; }

    /// <summary>Unix seconds.</summary>
    [JsonPropertyName("time")]
    public long Time { get; set; }

    /// <summary>Unix nanoseconds.</summary>
    [JsonPropertyName("timeNano")]
    public long TimeNano { get; set; }
}
