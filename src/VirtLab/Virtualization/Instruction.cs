namespace VirtLab.Virtualization;

/// <summary>An instruction of a (simplified) machine, classified as Popek and Goldberg do.</summary>
/// <param name="Name">Mnemonic, e.g. <c>POPF</c>.</param>
/// <param name="IsPrivileged">Traps when executed in user mode (and runs in supervisor mode).</param>
/// <param name="IsSensitive">Reads or changes machine state that a VMM must control (control- or behaviour-sensitive).</param>
/// <param name="Effect">What it does, in a few words.</param>
/// <remarks>
/// Source: G. J. Popek and R. P. Goldberg, "Formal requirements for virtualizable third generation
/// architectures", <i>Communications of the ACM</i> 17(7):412–421, 1974.
/// </remarks>
public sealed record Instruction(string Name, bool IsPrivileged, bool IsSensitive, string Effect)
{
    /// <summary>Sensitive but not privileged: runs in user mode without trapping, so a trap-and-emulate VMM never sees it.</summary>
    public bool IsVirtualizationHole => IsSensitive && !IsPrivileged;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({(IsPrivileged ? "privileged" : "unprivileged")}, {(IsSensitive ? "sensitive" : "innocuous")})";
}
