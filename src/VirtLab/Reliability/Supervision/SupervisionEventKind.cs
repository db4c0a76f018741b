namespace VirtLab.Reliability.Supervision;

/// <summary>What happened, in a supervision timeline.</summary>
public enum SupervisionEventKind
{
    /// <summary>The supervisor started watching a container.</summary>
    Watching,

    /// <summary>The engine reported that the container's process exited (<c>die</c> event).</summary>
    Died,

    /// <summary>The failure detector (or a die event) declared the container failed.</summary>
    Detected,

    /// <summary>A recovery attempt was scheduled after a backoff delay.</summary>
    RecoveryScheduled,

    /// <summary>The container was restarted.</summary>
    Restarted,

    /// <summary>The container was replaced by a fresh one (the detail names the new id).</summary>
    Replaced,

    /// <summary>A recovery attempt failed (the engine refused, or the container did not become healthy in time).</summary>
    RecoveryFailed,

    /// <summary>The container passed its health probe again.</summary>
    Recovered,

    /// <summary>The supervisor gave up after the maximum number of attempts.</summary>
    GaveUp,

    /// <summary>The supervisor stopped watching.</summary>
    Stopped,
}
