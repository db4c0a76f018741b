namespace VirtLab.Machines;

/// <summary>Builds the <c>qemu-system-x86_64</c> argument list for a VirtLab machine (a pure function, unit-tested).</summary>
/// <remarks>
/// Options used (QEMU 7.2 <c>qemu-system-x86_64 --help</c> and <c>docs/system/invocation</c>):
/// <c>-nodefaults -no-user-config -display none</c> (no default devices or config), <c>-accel kvm|tcg</c>,
/// <c>-kernel/-initrd/-append</c> (direct kernel boot), <c>-serial stdio</c> (console on QEMU's stdin/stdout),
/// <c>-qmp unix:PATH,server=on,wait=off</c>, <c>-no-shutdown</c> (a guest power-off stops the VM in status
/// <c>shutdown</c> instead of exiting, so it can be observed), <c>-no-reboot</c> (a guest reboot or panic ends QEMU),
/// <c>-device virtio-balloon-pci</c>, a qcow2 disk as <c>-drive if=none</c> + <c>-device virtio-blk-pci</c>, and
/// <c>-incoming URI</c> for a migration destination.
/// </remarks>
public static class QemuCommandLine
{
    /// <summary>The kernel command line for a VirtLab guest.</summary>
    /// <remarks>
    /// <c>no_timer_check</c> ("disables the code which tests for broken timer IRQ sources", Linux
    /// Documentation/admin-guide/kernel-parameters.txt): under TCG on a busy host the emulated timer can miss the
    /// boot-time check, and the guest panics with "IO-APIC + timer doesn't work!" (seen here at load 30).
    /// </remarks>
    public static string KernelArguments(GuestWorkload workload) =>
        "console=ttyS0 quiet panic=-1 no_timer_check" + (workload == GuestWorkload.CpuBusy ? " " + Guest.GuestInitScript.BusyLoadSwitch : "");

    /// <summary>Builds the arguments (without the program name).</summary>
    /// <param name="options">Validated machine options.</param>
    /// <param name="accelerator">Kvm or Tcg (not Auto).</param>
    /// <param name="kernelPath">Kernel file.</param>
    /// <param name="initramfsPath">Initramfs file.</param>
    /// <param name="qmpSocketPath">Where QEMU listens for QMP.</param>
    /// <param name="diskPath">qcow2 disk, or null.</param>
    /// <param name="incomingUri">Migration URI to listen on (<c>unix:/path</c> or <c>tcp:127.0.0.1:PORT</c>), or null.</param>
    public static IReadOnlyList<string> Build(MachineOptions options, AcceleratorKind accelerator, string kernelPath,
        string initramfsPath, string qmpSocketPath, string? diskPath = null, string? incomingUri = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (accelerator == AcceleratorKind.Auto)
        {
            throw new ArgumentException("Resolve Auto to Kvm or Tcg first (AcceleratorProbe.ChooseAsync).", nameof(accelerator));
        }
        ArgumentException.ThrowIfNullOrEmpty(kernelPath);
        ArgumentException.ThrowIfNullOrEmpty(initramfsPath);
        ArgumentException.ThrowIfNullOrEmpty(qmpSocketPath);
        if (qmpSocketPath.Contains(','))
        {
            throw new ArgumentException("QEMU option values cannot contain ',' here.", nameof(qmpSocketPath));
        }
        var arguments = new List<string>
        {
            "-name", options.Name,
            "-nodefaults", "-no-user-config", "-display", "none",
            "-accel", accelerator == AcceleratorKind.Kvm ? "kvm" : "tcg",
            "-m", $"{options.MemoryMiB}",
            "-smp", $"{options.Cpus}",
            "-kernel", kernelPath,
            "-initrd", initramfsPath,
            "-append", KernelArguments(options.Workload),
            "-serial", "stdio",
            "-qmp", $"unix:{qmpSocketPath},server=on,wait=off",
            "-no-shutdown", "-no-reboot",
        };
        if (options.Balloon)
        {
            arguments.AddRange(["-device", "virtio-balloon-pci,id=balloon0"]);
        }
        if (diskPath is not null)
        {
            if (diskPath.Contains(','))
            {
                throw new ArgumentException("The disk path cannot contain ',' (QEMU's option separator).", nameof(diskPath));
            }
            arguments.AddRange(["-drive", $"file={diskPath},format=qcow2,if=none,id=disk0", "-device", "virtio-blk-pci,drive=disk0,id=vdisk0"]);
        }
        if (incomingUri is not null)
        {
            arguments.AddRange(["-incoming", incomingUri]);
        }
        return arguments;
    }
}
