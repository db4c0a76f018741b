namespace VirtLab.Machines;

/// <summary>How a machine booted.</summary>
/// <param name="Accelerator">KVM or TCG, with the reason.</param>
/// <param name="BootTime">From starting the QEMU process to the guest's ready line on the serial console.</param>
/// <param name="GuestUptimeSeconds">The guest's own <c>/proc/uptime</c> at that moment (the rest of the boot time is firmware, loading and decompressing).</param>
/// <param name="ReadyLine">The ready line the guest printed.</param>
public sealed record BootReport(AcceleratorChoice Accelerator, TimeSpan BootTime, double GuestUptimeSeconds, string ReadyLine)
{
    /// <summary>"booted in 4.6 s under TCG (guest uptime 1.7 s)".</summary>
    public override string ToString() =>
        $"booted in {BootTime.TotalSeconds:0.00} s under {Accelerator.Kind.ToString().ToUpperInvariant()} (guest uptime {GuestUptimeSeconds:0.00} s)";
}
