namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /networks/create</c> (<c>docker network create</c>).</summary>
public class NetworksCreateParameters
{
    /// <summary>Network name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Driver (default <c>bridge</c>).</summary>
    public string? Driver { get; set; }

    /// <summary>Refuse a duplicate name.</summary>
    public bool? CheckDuplicate { get; set; }

    /// <summary>No outside access.</summary>
    public bool? Internal { get; set; }

    /// <summary>Standalone containers may attach.</summary>
    public bool? Attachable { get; set; }

    /// <summary>Labels; VirtLab adds <c>virtlab.owner</c>.</summary>
    public IDictionary<string, string>? Labels { get; set; }
}
