namespace VirtLab.Containers.Models;

/// <summary>A mount into a container (<c>--mount</c>).</summary>
public class Mount
{
    /// <summary><c>bind</c>, <c>volume</c> or <c>tmpfs</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Host path or volume name.</summary>
    public string? Source { get; set; }

    /// <summary>Path inside the container.</summary>
    public string? Target { get; set; }

    /// <summary>Mount read-only.</summary>
    public bool? ReadOnly { get; set; }
}
