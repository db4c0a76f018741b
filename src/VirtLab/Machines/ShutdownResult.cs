namespace VirtLab.Machines;

/// <summary>How a shutdown went.</summary>
/// <param name="Graceful">True when the guest powered itself off after the ACPI button press; false when VirtLab had to pull the plug.</param>
/// <param name="StatusAfterGuestPowerOff">QMP status right after the guest powered off (<c>shutdown</c>), or null if it never did.</param>
/// <param name="Elapsed">Time from the button press to the end of the QEMU process.</param>
public sealed record ShutdownResult(bool Graceful, string? StatusAfterGuestPowerOff, TimeSpan Elapsed)
{
    /// <summary>One line.</summary>
    public override string ToString() => Graceful
        ? $"guest powered off (status {StatusAfterGuestPowerOff}) in {Elapsed.TotalSeconds:0.00} s"
        : $"guest ignored the ACPI button; powered off by force after {Elapsed.TotalSeconds:0.00} s";
}
