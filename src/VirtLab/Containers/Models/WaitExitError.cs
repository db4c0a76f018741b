namespace VirtLab.Containers.Models;

/// <summary>An error reported by <c>wait</c>.</summary>
public class WaitExitError
{
    /// <summary>The message.</summary>
    public string? Message { get; set; }
}
