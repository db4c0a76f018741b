namespace VirtLab.Containers.Models;

/// <summary>File information the engine sends with an archive (<c>X-Docker-Container-Path-Stat</c>).</summary>
public class ContainerPathStatResponse
{
    /// <summary>File name.</summary>
    public string? Name { get; set; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>Go file mode bits.</summary>
    public long Mode { get; set; }

    /// <summary>Modification time.</summary>
    public string? Mtime { get; set; }

    /// <summary>Symlink target.</summary>
    public string? LinkTarget { get; set; }
}
