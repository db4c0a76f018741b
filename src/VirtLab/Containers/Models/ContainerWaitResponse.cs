namespace VirtLab.Containers.Models;

/// <summary>Reply of <c>POST /containers/{id}/wait</c>.</summary>
public class ContainerWaitResponse
{
    /// <summary>The container's exit code (137 = killed by SIGKILL).</summary>
    public long StatusCode { get; set; }

    /// <summary>Engine error while waiting, if any.</summary>
    public WaitExitError? Error { get; set; }
}
