namespace VirtLab.Machines;

/// <summary>How to build and run a machine. Defaults give a 256 MiB, 1-vCPU guest with a memory balloon and no disk.</summary>
public sealed record MachineOptions
{
    /// <summary>A name shown in QEMU (<c>-name</c>) and in VirtLab's state folder. Letters, digits and '-' only. Default: "vm".</summary>
    public string Name { get; init; } = "vm";

    /// <summary>Guest RAM in MiB. Range: 64 to 16384. Default 256.</summary>
    public int MemoryMiB { get; init; } = 256;

    /// <summary>Number of vCPUs. Range: 1 to 16. Default 1.</summary>
    public int Cpus { get; init; } = 1;

    /// <summary>KVM, TCG, or Auto (probe). Default Auto. The environment variable <c>VIRTLAB_ACCEL</c> (kvm|tcg) overrides Auto.</summary>
    public AcceleratorKind Accelerator { get; init; } = AcceleratorKind.Auto;

    /// <summary>Size of a qcow2 disk made with qemu-img, in MiB, or null for none. Snapshots and backups need a disk. Range: 1 to 65536.</summary>
    public int? DiskSizeMiB { get; init; }

    /// <summary>Add a virtio-balloon device (the guest loads virtio_balloon). Default true.</summary>
    public bool Balloon { get; init; } = true;

    /// <summary>Background work in the guest. Default idle.</summary>
    public GuestWorkload Workload { get; init; } = GuestWorkload.Idle;

    /// <summary>How long <see cref="VirtualMachine.StartAsync"/> waits for the guest's ready line. Default 120 s (TCG on a busy host).</summary>
    public TimeSpan BootTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Kernel to boot instead of the newest <c>/boot/vmlinuz-*</c>.</summary>
    public string? KernelPath { get; init; }

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentException">The name has characters other than letters, digits and '-'.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number or timeout is out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrEmpty(Name) || Name.Length > 40 || !Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"Name '{Name}' must be 1-40 ASCII letters, digits or '-'.", nameof(Name));
        }
        if (MemoryMiB is < 64 or > 16384)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryMiB), MemoryMiB, "Memory must be 64 to 16384 MiB (the kernel needs about 64).");
        }
        if (Cpus is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(Cpus), Cpus, "Cpus must be 1 to 16.");
        }
        if (DiskSizeMiB is < 1 or > 65536)
        {
            throw new ArgumentOutOfRangeException(nameof(DiskSizeMiB), DiskSizeMiB, "The disk must be 1 to 65536 MiB, or null for none.");
        }
        if (BootTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(BootTimeout), BootTimeout, "The boot timeout must be positive.");
        }
    }
}
