namespace VirtLab.Machines;

/// <summary>The accelerator VirtLab chose and why.</summary>
/// <param name="Kind"><see cref="AcceleratorKind.Kvm"/> or <see cref="AcceleratorKind.Tcg"/>.</param>
/// <param name="Reason">A sentence, e.g. "KVM did not boot the probe kernel within 8 s".</param>
/// <param name="ProbeTime">How long the probe took (zero when cached or forced).</param>
public sealed record AcceleratorChoice(AcceleratorKind Kind, string Reason, TimeSpan ProbeTime)
{
    /// <summary>"TCG: …reason…".</summary>
    public override string ToString() => $"{Kind.ToString().ToUpperInvariant()}: {Reason}";
}
