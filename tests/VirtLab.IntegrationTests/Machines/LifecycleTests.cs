using VirtLab.Machines;

namespace VirtLab.IntegrationTests.Machines;

[Collection(MachineCollection.Name)]
public sealed class LifecycleTests
{
    [QemuFact]
    public async Task Status_goes_running_paused_running_shutdown_and_the_process_ends()
    {
        QemuRequirement.EnsureInstalled();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var vm = await VirtualMachine.StartNewAsync(new MachineOptions
        {
            Name = "it-lifecycle", Accelerator = AcceleratorKind.Tcg, MemoryMiB = 128, Balloon = false,
        }, timeout.Token);
        var statuses = new List<string> { (await vm.GetStatusAsync(timeout.Token)).Status };

        await vm.PauseAsync(timeout.Token);
        statuses.Add((await vm.GetStatusAsync(timeout.Token)).Status);
        await vm.ResumeAsync(timeout.Token);
        statuses.Add((await vm.GetStatusAsync(timeout.Token)).Status);
        var pid = vm.ProcessId!.Value;

        var shutdown = await vm.ShutdownAsync(TimeSpan.FromSeconds(60), timeout.Token);
        statuses.Add(shutdown.StatusAfterGuestPowerOff!);

        Assert.Equal(["running", "paused", "running", "shutdown"], statuses);
        Assert.True(shutdown.Graceful, "the guest should power itself off when the ACPI button is pressed");
        Assert.Contains("power button pressed", vm.Console.Text);
        Assert.Equal(["STOP", "RESUME", "POWERDOWN", "SHUTDOWN"],
            vm.Qmp.Events.Select(e => e.Name).Where(n => n is "STOP" or "RESUME" or "POWERDOWN" or "SHUTDOWN").Take(4));
        Assert.False(vm.IsRunning);
        Assert.DoesNotContain(pid, QemuRequirement.VirtLabQemuProcesses());
        Assert.False(Directory.Exists(vm.StateDirectory));
    }

    [QemuFact]
    public async Task Snapshots_without_a_disk_are_refused_with_the_fix_in_the_message()
    {
        QemuRequirement.EnsureInstalled();
        await using var vm = await VirtualMachine.CreateAsync(new MachineOptions { Name = "it-nodisk", Accelerator = AcceleratorKind.Tcg });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => vm.SaveSnapshotAsync("s1"));
        Assert.Contains("DiskSizeMiB", error.Message);
    }

    [QemuFact]
    public async Task Accelerator_probe_is_bounded_and_leaves_no_process()
    {
        QemuRequirement.EnsureInstalled();
        var before = QemuRequirement.VirtLabQemuProcesses();
        var choice = await AcceleratorProbe.ProbeAsync(TimeSpan.FromSeconds(8));
        Assert.NotEqual(AcceleratorKind.Auto, choice.Kind);
        Assert.False(string.IsNullOrWhiteSpace(choice.Reason));
        Assert.Empty(QemuRequirement.VirtLabQemuProcesses().Except(before));
    }
}
