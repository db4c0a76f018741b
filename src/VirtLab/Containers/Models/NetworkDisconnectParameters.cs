namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /networks/{id}/disconnect</c>.</summary>
public class NetworkDisconnectParameters
{
    /// <summary>Container id or name.</summary>
    public string Container { get; set; } = string.Empty;

    /// <summary>Disconnect even if the container is not running.</summary>
    public bool? Force { get; set; }
}
