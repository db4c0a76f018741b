namespace VirtLab.Containers;

/// <summary>The engine has no volume with the given id or name (HTTP 404).</summary>
public sealed class DockerVolumeNotFoundException : DockerNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public DockerVolumeNotFoundException(string name, string responseBody)
        : base("volume", name, responseBody)
    {
    }
}
