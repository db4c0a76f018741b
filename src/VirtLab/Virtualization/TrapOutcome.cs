namespace VirtLab.Virtualization;

/// <summary>What happened to one guest instruction.</summary>
public enum TrapOutcome
{
    /// <summary>Innocuous: ran directly on the CPU at full speed.</summary>
    RanNatively,

    /// <summary>Trapped (or, in hardware-assisted guest mode, caused a VM exit) to the VMM, which emulated it correctly.</summary>
    TrappedAndEmulated,

    /// <summary>Sensitive, but ran at full speed in hardware-assisted guest mode on the guest's own copy of the state: correct, no VMM involved.</summary>
    RanInGuestMode,

    /// <summary>Rewritten by the VMM before it ran, and then correct.</summary>
    Translated,

    /// <summary>Replaced in the guest's source by a hypercall to the hypervisor.</summary>
    Hypercall,

    /// <summary>Sensitive but did not trap: it ran directly and behaved wrongly for a guest (a virtualization hole).</summary>
    SilentlyWrong,
}
