using System.Diagnostics;
using VirtLab.Machines;

namespace VirtLab.IntegrationTests.Machines;

[Collection(MachineCollection.Name)]
public sealed class MachineJanitorTests
{
    [QemuFact]
    public async Task KillLeftovers_kills_only_VirtLab_QEMU_of_dead_sessions()
    {
        QemuRequirement.EnsureInstalled();
        var qemu = QemuInstallation.Find();
        var machines = MachineStateDirectory.MachinesPath;
        var orphanDirectory = Directory.CreateDirectory(Path.Combine(machines, $"janitor-orphan-{Guid.NewGuid():N}")).FullName;
        var foreignDirectory = Directory.CreateDirectory(Path.Combine(machines, $"janitor-foreign-{Guid.NewGuid():N}")).FullName;
        var liveDirectory = Directory.CreateDirectory(Path.Combine(machines, $"janitor-live-{Guid.NewGuid():N}")).FullName;
        var foreignSocket = Path.Combine(Path.GetTempPath(), $"not-virtlab-{Guid.NewGuid():N}.sock");
        using var orphan = StartIdleQemu(qemu, Path.Combine(orphanDirectory, "qmp.sock"));
        using var foreign = StartIdleQemu(qemu, foreignSocket);
        try
        {
            // A crashed session: its owner process is gone, its QEMU still runs.
            var deadOwner = await DeadProcessIdentityAsync();
            File.WriteAllText(Path.Combine(orphanDirectory, "owner"), deadOwner);
            File.WriteAllText(Path.Combine(orphanDirectory, "qemu.pid"), Identity(orphan.Id));
            // A record that points at a QEMU VirtLab did not start (its command line does not name the folder).
            File.WriteAllText(Path.Combine(foreignDirectory, "owner"), deadOwner);
            File.WriteAllText(Path.Combine(foreignDirectory, "qemu.pid"), Identity(foreign.Id));
            // A machine of a session that is still running (this test process).
            File.WriteAllText(Path.Combine(liveDirectory, "owner"), Identity(Environment.ProcessId));

            var report = MachineJanitor.KillLeftovers();

            Assert.Contains(orphan.Id, report.KilledProcessIds);
            Assert.True(orphan.WaitForExit(5000));
            Assert.DoesNotContain(foreign.Id, report.KilledProcessIds);
            Assert.False(foreign.HasExited, "the janitor must never kill a QEMU that VirtLab did not start");
            Assert.Contains(orphanDirectory, report.RemovedDirectories);
            Assert.Contains(foreignDirectory, report.RemovedDirectories);
            Assert.Contains(report.LeftAlone, m => m.Directory == liveDirectory);
            Assert.True(Directory.Exists(liveDirectory));
        }
        finally
        {
            foreign.Kill();
            orphan.Kill();
            Directory.Delete(liveDirectory, recursive: true);
            File.Delete(foreignSocket);
        }
    }

    private static Process StartIdleQemu(QemuInstallation qemu, string qmpSocket) =>
        Process.Start(new ProcessStartInfo(qemu.SystemEmulatorPath)
        {
            ArgumentList = { "-machine", "none", "-nodefaults", "-display", "none", "-S", "-qmp", $"unix:{qmpSocket},server=on,wait=off" },
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        })!;

    private static string Identity(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return $"{pid} {stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19]}\n";
    }

    private static async Task<string> DeadProcessIdentityAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("sleep", "30"))!;
        var identity = Identity(process.Id);
        process.Kill();
        await process.WaitForExitAsync();
        return identity;
    }
}
