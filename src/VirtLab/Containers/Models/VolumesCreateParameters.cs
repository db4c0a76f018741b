namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /volumes/create</c> (<c>docker volume create</c>).</summary>
public class VolumesCreateParameters
{
    /// <summary>Name (generated if empty).</summary>
    public string? Name { get; set; }

    /// <summary>Driver (default <c>local</c>).</summary>
    public string? Driver { get; set; }

    /// <summary>Driver options.</summary>
    public IDictionary<string, string>? DriverOpts { get; set; }

    /// <summary>Labels; VirtLab adds <c>virtlab.owner</c>.</summary>
    public IDictionary<string, string>? Labels { get; set; }
}
