namespace VirtLab.Containers;

/// <summary>The engine has no image with the given id or name (HTTP 404).</summary>
public sealed class DockerImageNotFoundException : DockerNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public DockerImageNotFoundException(string name, string responseBody)
        : base("image", name, responseBody)
    {
    }
}
