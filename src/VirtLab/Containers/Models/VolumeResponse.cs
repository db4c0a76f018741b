namespace VirtLab.Containers.Models;

/// <summary>A volume.</summary>
public class VolumeResponse
{
    /// <summary>Name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Driver.</summary>
    public string? Driver { get; set; }

    /// <summary>Host path.</summary>
    public string? Mountpoint { get; set; }

    /// <summary>Labels.</summary>
    public IDictionary<string, string>? Labels { get; set; }

    /// <summary>Scope.</summary>
    public string? Scope { get; set; }

    /// <summary>Creation time.</summary>
    public string? CreatedAt { get; set; }
}
