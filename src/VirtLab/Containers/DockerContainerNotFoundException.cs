namespace VirtLab.Containers;

/// <summary>The engine has no container with the given id or name (HTTP 404).</summary>
public sealed class DockerContainerNotFoundException : DockerNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public DockerContainerNotFoundException(string name, string responseBody)
        : base("container", name, responseBody)
    {
    }
}
