namespace VirtLab.Machines.Qmp;

/// <summary>Reply of <c>query-kvm</c>.</summary>
/// <param name="Enabled">This QEMU runs the guest with KVM.</param>
/// <param name="Present">The host offers KVM (<c>/dev/kvm</c> exists).</param>
public sealed record KvmResponse(bool Enabled, bool Present);
