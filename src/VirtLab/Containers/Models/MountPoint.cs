namespace VirtLab.Containers.Models;

/// <summary>A mount seen by inspect.</summary>
public class MountPoint
{
    /// <summary>bind, volume or tmpfs.</summary>
    public string? Type { get; set; }

    /// <summary>Volume name.</summary>
    public string? Name { get; set; }

    /// <summary>Host path.</summary>
    public string? Source { get; set; }

    /// <summary>Path inside the container.</summary>
    public string? Destination { get; set; }

    /// <summary>Writable.</summary>
    public bool RW { get; set; }
}
