using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /containers/{id}/restart</c>.</summary>
public class ContainerRestartParameters
{
    /// <summary>Seconds to wait after SIGTERM before SIGKILL (query <c>t</c>).</summary>
    [JsonIgnore]
    public int? WaitBeforeKillSeconds { get; set; }
}
