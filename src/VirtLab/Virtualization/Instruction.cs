namespace VirtLab.Virtualization;

/// <summary>An instruction of a (simplified) machine, classified as Popek and Goldberg do.</summary>
/// <param name="Name">Mnemonic, e.g. <c>POPF</c>.</param>
/// <param name="IsPrivileged">Traps when executed in user mode (and runs in supervisor mode).</param>
/// <param name="IsSensitive">Reads or changes machine state that a VMM must control (control- or behaviour-sensitive).</param>
/// <param name="Effect">What it does, in a few words.</param>
/// <param name="ExitsInGuestMode">
/// Causes a VM exit in hardware-assisted guest mode (VMX non-root operation) as a hypervisor of the first VT-x
/// generation configures it. A sensitive instruction that does not exit runs in guest mode on the guest's own copy
/// of the state (its RFLAGS, descriptor-table registers, CR0 read shadow) and is correct without the VMM.
/// </param>
/// <remarks>
/// Sources: G. J. Popek and R. P. Goldberg, "Formal requirements for virtualizable third generation
/// architectures", <i>Communications of the ACM</i> 17(7):412–421, 1974; for <paramref name="ExitsInGuestMode"/>,
/// Intel 64 and IA-32 Architectures Software Developer's Manual, Vol. 3C, "VMX Non-Root Operation" (ch. 25 in the
/// 2016 edition), sections "Instructions That Cause VM Exits Unconditionally" and "… Conditionally".
/// </remarks>
public sealed record Instruction(string Name, bool IsPrivileged, bool IsSensitive, string Effect, bool ExitsInGuestMode = false)
{
    /// <summary>Sensitive but not privileged: runs in user mode without trapping, so a trap-and-emulate VMM never sees it.</summary>
    public bool IsVirtualizationHole => IsSensitive && !IsPrivileged;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({(IsPrivileged ? "privileged" : "unprivileged")}, {(IsSensitive ? "sensitive" : "innocuous")})";
}
