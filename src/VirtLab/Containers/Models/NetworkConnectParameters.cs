namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /networks/{id}/connect</c>.</summary>
public class NetworkConnectParameters
{
    /// <summary>Container id or name.</summary>
    public string Container { get; set; } = string.Empty;

    /// <summary>Aliases and addresses.</summary>
    public EndpointSettings? EndpointConfig { get; set; }
}
