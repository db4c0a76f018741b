namespace VirtLab.Containers;

/// <summary>The engine has no network with the given id or name (HTTP 404).</summary>
public sealed class DockerNetworkNotFoundException : DockerNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public DockerNetworkNotFoundException(string name, string responseBody)
        : base("network", name, responseBody)
    {
    }
}
