using Xunit.Abstractions;
using VirtLab.Machines;
using VirtLab.Machines.Qmp;

namespace VirtLab.IntegrationTests.Machines;

[Collection(MachineCollection.Name)]
public sealed class SharedMachineTests(MachineFixture fixture, ITestOutputHelper output)
{
    private VirtualMachine Vm => fixture.Machine;

    [QemuFact]
    public void Boot_shows_the_kernel_and_the_ready_line_on_the_serial_console()
    {
        output.WriteLine(Vm.Boot!.ToString());
        Assert.Equal(AcceleratorKind.Tcg, Vm.Boot.Accelerator.Kind);
        Assert.Contains(Vm.Image.KernelRelease, Vm.Boot.ReadyLine);
        Assert.Contains("VIRTLAB-READY", Vm.Console.Text);
        Assert.True(Vm.Boot.GuestUptimeSeconds > 0);
        Assert.DoesNotContain("insmod", Vm.Console.Text); // every module loaded (init prints "insmod … failed" otherwise)
    }

    [QemuFact]
    public async Task RunAsync_returns_the_guest_command_output_and_exit_code()
    {
        var uname = await Vm.RunAsync("uname -r");
        Assert.Equal(Vm.Image.KernelRelease, uname.Output.Trim());
        Assert.Equal(0, uname.ExitCode);

        var failing = await Vm.RunAsync("ls /no-such-dir");
        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains("No such file", failing.Output);

        var modules = await Vm.RunAsync("cat /proc/modules");
        Assert.Contains("virtio_balloon", modules.Output);
    }

    [QemuFact]
    public async Task Qmp_reports_the_version_and_turns_errors_into_QmpException()
    {
        var greeting = Vm.Qmp.Greeting;
        Assert.Contains($"{greeting.Major}.{greeting.Minor}.{greeting.Micro}", await Vm.Qemu.GetVersionAsync());
        var kvm = await Vm.Qmp.Machine.QueryKvmAsync();
        Assert.False(kvm.Enabled);

        var error = await Assert.ThrowsAsync<QmpException>(() => Vm.Qmp.ExecuteAsync("no-such-command"));
        Assert.Equal("CommandNotFound", error.ErrorClass);
        Assert.Contains("no-such-command", error.Description);

        // the connection still works after an error
        Assert.Equal("running", (await Vm.GetStatusAsync()).Status);
    }

    [QemuFact]
    public async Task Balloon_resizes_and_reads_back_and_the_guest_sees_less_memory()
    {
        var full = 256L * 1024 * 1024;
        var memTotalBefore = await Vm.GetGuestMemTotalAsync();
        var set = await Vm.SetBalloonAsync(160L * 1024 * 1024);
        Assert.Equal(160L * 1024 * 1024, set.ActualBytes);
        Assert.Equal(160L * 1024 * 1024, (await Vm.GetBalloonAsync()).ActualBytes);
        var memTotalDuring = await Vm.GetGuestMemTotalAsync();
        Assert.InRange(memTotalBefore - memTotalDuring, 90L * 1024 * 1024, 100L * 1024 * 1024); // the balloon took 96 MiB
        Assert.Contains(Vm.Qmp.Events, e => e.Name == "BALLOON_CHANGE");

        Assert.Equal(full, (await Vm.SetBalloonAsync(full)).ActualBytes);
        Assert.Throws<ArgumentOutOfRangeException>("targetBytes", () => { Vm.SetBalloonAsync(full + 1).GetAwaiter().GetResult(); });
    }

    [QemuFact]
    public async Task Snapshot_restore_brings_back_guest_memory_and_a_failed_restore_keeps_the_guest_running()
    {
        await Vm.RunAsync("echo before > /tmp/snapshot-probe");
        await Vm.SaveSnapshotAsync("it-s1");
        await Vm.RunAsync("echo after > /tmp/snapshot-probe");
        Assert.Contains("it-s1", await Vm.ListSnapshotsAsync());

        await Vm.RestoreSnapshotAsync("it-s1");
        Assert.Equal("running", (await Vm.GetStatusAsync()).Status);
        Assert.Equal("before", (await Vm.RunAsync("cat /tmp/snapshot-probe")).Output.Trim());

        var error = await Assert.ThrowsAsync<QmpException>(() => Vm.RestoreSnapshotAsync("no-such-snapshot"));
        Assert.Equal("HumanMonitorError", error.ErrorClass);
        Assert.Equal("running", (await Vm.GetStatusAsync()).Status);
        Assert.Equal("before", (await Vm.RunAsync("cat /tmp/snapshot-probe")).Output.Trim());
    }

    [QemuFact]
    public async Task Backup_copies_a_consistent_disk_that_qemu_img_accepts_and_the_guest_keeps_running()
    {
        await Vm.SaveSnapshotAsync("it-backup");
        var path = Path.Combine(Path.GetTempPath(), $"virtlab-backup-{Guid.NewGuid():N}.qcow2");
        try
        {
            var backup = await Vm.BackupDiskAsync(path);
            Assert.Equal(new FileInfo(Vm.DiskPath!).Length, backup.Bytes);
            var info = await RunAsync(Vm.Qemu.ImageToolPath, $"info -U {path}");
            Assert.Contains("file format: qcow2", info);
            Assert.Contains("it-backup", info); // the copy carries the internal snapshot
            var check = await RunAsync(Vm.Qemu.ImageToolPath, $"check -U {path}");
            Assert.Contains("No errors were found", check);
            Assert.Equal("running", (await Vm.GetStatusAsync()).Status);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string> RunAsync(string program, string arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output + errors;
    }
}
