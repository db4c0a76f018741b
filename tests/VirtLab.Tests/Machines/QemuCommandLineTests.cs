using VirtLab.Machines;

namespace VirtLab.Tests.Machines;

public sealed class QemuCommandLineTests
{
    private static IReadOnlyList<string> Build(MachineOptions options, string? disk = null, string? incoming = null) =>
        QemuCommandLine.Build(options, AcceleratorKind.Tcg, "/boot/vmlinuz-x", "/s/initramfs.gz", "/s/vm/qmp.sock", disk, incoming);

    private static string? ValueOf(IReadOnlyList<string> arguments, string option)
    {
        var index = arguments.ToList().IndexOf(option);
        return index >= 0 && index + 1 < arguments.Count ? arguments[index + 1] : null;
    }

    [Fact]
    public void Default_machine_boots_the_kernel_with_a_serial_console_QMP_and_a_balloon()
    {
        var arguments = Build(new MachineOptions { Name = "demo" });
        Assert.Equal("demo", ValueOf(arguments, "-name"));
        Assert.Equal("tcg", ValueOf(arguments, "-accel"));
        Assert.Equal("256", ValueOf(arguments, "-m"));
        Assert.Equal("1", ValueOf(arguments, "-smp"));
        Assert.Equal("/boot/vmlinuz-x", ValueOf(arguments, "-kernel"));
        Assert.Equal("/s/initramfs.gz", ValueOf(arguments, "-initrd"));
        Assert.Equal("console=ttyS0 quiet panic=-1 no_timer_check", ValueOf(arguments, "-append"));
        Assert.Equal("stdio", ValueOf(arguments, "-serial"));
        Assert.Equal("unix:/s/vm/qmp.sock,server=on,wait=off", ValueOf(arguments, "-qmp"));
        Assert.Equal("virtio-balloon-pci,id=balloon0", ValueOf(arguments, "-device"));
        Assert.Contains("-nodefaults", arguments);
        Assert.Contains("-no-shutdown", arguments);
        Assert.DoesNotContain("-incoming", arguments);
        Assert.DoesNotContain("-drive", arguments);
    }

    [Fact]
    public void Disk_incoming_kvm_and_busy_workload_add_their_options()
    {
        var options = new MachineOptions { MemoryMiB = 512, Cpus = 2, Balloon = false, Workload = GuestWorkload.CpuBusy };
        var arguments = QemuCommandLine.Build(options, AcceleratorKind.Kvm, "/k", "/i", "/s/q.sock", "/s/disk.qcow2", "unix:/s/m.sock");
        Assert.Equal("kvm", ValueOf(arguments, "-accel"));
        Assert.Equal("512", ValueOf(arguments, "-m"));
        Assert.Equal("2", ValueOf(arguments, "-smp"));
        Assert.Equal("file=/s/disk.qcow2,format=qcow2,if=none,id=disk0", ValueOf(arguments, "-drive"));
        Assert.Equal("virtio-blk-pci,drive=disk0,id=vdisk0", ValueOf(arguments, "-device"));
        Assert.Equal("unix:/s/m.sock", ValueOf(arguments, "-incoming"));
        Assert.EndsWith(" virtlab.load=busy", ValueOf(arguments, "-append"));
        Assert.DoesNotContain("virtio-balloon-pci,id=balloon0", arguments);
    }

    [Fact]
    public void Refuses_Auto_and_paths_with_commas()
    {
        var options = new MachineOptions();
        Assert.Equal("accelerator", Assert.Throws<ArgumentException>(() =>
            QemuCommandLine.Build(options, AcceleratorKind.Auto, "/k", "/i", "/q")).ParamName);
        Assert.Equal("qmpSocketPath", Assert.Throws<ArgumentException>(() =>
            QemuCommandLine.Build(options, AcceleratorKind.Tcg, "/k", "/i", "/q,x")).ParamName);
        Assert.Equal("diskPath", Assert.Throws<ArgumentException>(() =>
            QemuCommandLine.Build(options, AcceleratorKind.Tcg, "/k", "/i", "/q", "/d,x")).ParamName);
    }
}
