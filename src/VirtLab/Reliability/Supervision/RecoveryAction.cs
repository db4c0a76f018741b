namespace VirtLab.Reliability.Supervision;

/// <summary>What the supervisor does to a failed container.</summary>
public enum RecoveryAction
{
    /// <summary>Restart the same container (<c>docker restart</c>): same id, same writable layer.</summary>
    Restart,

    /// <summary>Remove it and create a fresh one from the same image and configuration (new id, clean filesystem).</summary>
    Replace,
}
