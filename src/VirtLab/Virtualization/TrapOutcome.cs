namespace VirtLab.Virtualization;

/// <summary>What happened to one guest instruction.</summary>
public enum TrapOutcome
{
    /// <summary>Innocuous: ran directly on the CPU at full speed.</summary>
    RanNatively,

    /// <summary>Trapped (or exited) to the VMM, which emulated it correctly.</summary>
    TrappedAndEmulated,

    /// <summary>Rewritten by the VMM before it ran, and then correct.</summary>
    Translated,

    /// <summary>Replaced in the guest's source by a hypercall to the hypervisor.</summary>
    Hypercall,

    /// <summary>Sensitive but did not trap: it ran directly and behaved wrongly for a guest (a virtualization hole).</summary>
    SilentlyWrong,
}
