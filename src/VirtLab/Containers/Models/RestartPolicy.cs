namespace VirtLab.Containers.Models;

/// <summary>What the engine does when a container exits (<c>--restart</c>).</summary>
public class RestartPolicy
{
    /// <summary>The policy.</summary>
    public RestartPolicyKind Name { get; set; }

    /// <summary>For <see cref="RestartPolicyKind.OnFailure"/>: how many restarts at most.</summary>
    public long? MaximumRetryCount { get; set; }
}
