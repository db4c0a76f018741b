using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /containers/{id}/kill</c>.</summary>
public class ContainerKillParameters
{
    /// <summary>Signal to send, e.g. <c>SIGKILL</c> (default) or <c>SIGTERM</c>.</summary>
    [JsonIgnore]
    public string? Signal { get; set; }
}
