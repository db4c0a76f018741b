namespace VirtLab.Machines;

/// <summary>What the guest does in the background after booting.</summary>
public enum GuestWorkload
{
    /// <summary>Nothing: the guest idles.</summary>
    Idle,

    /// <summary>A shell loop keeps one vCPU busy without writing memory (safe to live-migrate under TCG).</summary>
    CpuBusy,
}
