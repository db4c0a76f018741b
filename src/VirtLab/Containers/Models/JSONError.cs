namespace VirtLab.Containers.Models;

/// <summary>The structured error of a progress stream.</summary>
public class JSONError
{
    /// <summary>Error code.</summary>
    public long Code { get; set; }

    /// <summary>Message.</summary>
    public string? Message { get; set; }
}
