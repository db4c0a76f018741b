using Xunit.Abstractions;
using VirtLab.Machines;
using VirtLab.Machines.Qmp;

namespace VirtLab.IntegrationTests.Machines;

[Collection(MachineCollection.Name)]
public sealed class MigrationTests(ITestOutputHelper output)
{
    [QemuFact]
    public async Task Live_migration_completes_and_the_guest_keeps_running_on_the_destination()
    {
        QemuRequirement.EnsureInstalled();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        // A CPU-busy guest (not a memory-dirtying one: see the TCG caveat in MigrateToAsync's remarks).
        await using var source = await VirtualMachine.StartNewAsync(new MachineOptions
        {
            Name = "it-migrate", Accelerator = AcceleratorKind.Tcg, Workload = GuestWorkload.CpuBusy, DiskSizeMiB = 16,
        }, timeout.Token);
        await source.RunAsync("echo carried-over > /tmp/migration-probe", cancellationToken: timeout.Token);
        await source.SetBalloonAsync(192L * 1024 * 1024, cancellationToken: timeout.Token);
        await using var target = await source.CreateMigrationTargetAsync(timeout.Token);
        Assert.Equal("inmigrate", (await target.GetStatusAsync(timeout.Token)).Status);

        // 32 MiB/s and a 20 ms downtime limit force several pre-copy rounds (reference: docker-and-qmp.md §8.4).
        var result = await source.MigrateToAsync(target,
            new MigrationParameters(MaxBandwidthBytesPerSecond: 32L * 1024 * 1024, DowntimeLimitMilliseconds: 20),
            TimeSpan.FromSeconds(120), timeout.Token);

        output.WriteLine($"source boot: {source.Boot}");
        output.WriteLine(result.ToString());
        output.WriteLine($"samples: {result.Samples.Count}, events: {string.Join(' ', result.SourceEvents.Select(e => e.Name))}");
        Assert.Equal("completed", result.Final.Status);
        Assert.Equal("postmigrate", result.SourceStatus);
        Assert.Equal("running", result.TargetStatus);
        Assert.True(result.Final.TotalTimeMilliseconds > 0);
        Assert.NotNull(result.Final.DowntimeMilliseconds);
        Assert.True(result.Final.TransferredBytes > 10_000_000, result.ToString());
        Assert.True(result.Final.DirtySyncCount >= 2, result.ToString());
        Assert.Equal(256L * 1024 * 1024, result.Final.TotalBytes, 16L * 1024 * 1024);
        Assert.Contains(result.SourceEvents, e => e.Name == "MIGRATION_PASS");
        Assert.NotEmpty(result.Samples);

        // Proof that the guest lives on: the destination's console runs a command and sees the source's memory.
        var probe = await target.RunAsync("cat /tmp/migration-probe", cancellationToken: timeout.Token);
        Assert.Equal("carried-over", probe.Output.Trim());
        Assert.Equal(192L * 1024 * 1024, (await target.GetBalloonAsync(timeout.Token)).ActualBytes);
        var uptimeBefore = double.Parse((await target.RunAsync("cut -d' ' -f1 /proc/uptime")).Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await Task.Delay(1500, timeout.Token);
        var uptimeAfter = double.Parse((await target.RunAsync("cut -d' ' -f1 /proc/uptime")).Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(uptimeAfter > uptimeBefore, "the guest clock should advance on the destination");
        Assert.DoesNotContain("Oops", target.Console.Text);

        // the disk moved with the guest: the destination can still snapshot it
        await source.PowerOffAsync(timeout.Token);
        Assert.True(File.Exists(target.DiskPath));
        await target.SaveSnapshotAsync("after-migration", cancellationToken: timeout.Token);
    }

    [QemuFact]
    public async Task Migration_to_a_dead_target_fails_and_the_source_keeps_running()
    {
        QemuRequirement.EnsureInstalled();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var source = await VirtualMachine.StartNewAsync(new MachineOptions
        {
            Name = "it-migfail", Accelerator = AcceleratorKind.Tcg, MemoryMiB = 128, Balloon = false,
        }, timeout.Token);
        var target = await source.CreateMigrationTargetAsync(timeout.Token);
        var uri = target.IncomingUri!;
        await target.PowerOffAsync(timeout.Token);

        await source.Qmp.Migration.MigrateAsync(uri, timeout.Token);
        MigrationResponse response;
        do
        {
            await Task.Delay(100, timeout.Token);
            response = await source.Qmp.Migration.QueryMigrateAsync(timeout.Token);
        }
        while (response.Status is "setup" or "active");
        Assert.Equal("failed", response.Status);
        Assert.False(string.IsNullOrEmpty(response.ErrorDescription));
        Assert.Equal("running", (await source.GetStatusAsync(timeout.Token)).Status);
        Assert.Equal(0, (await source.RunAsync("true", cancellationToken: timeout.Token)).ExitCode);
    }
}
