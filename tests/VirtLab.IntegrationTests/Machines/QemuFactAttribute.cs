using VirtLab.Machines;

namespace VirtLab.IntegrationTests.Machines;

/// <summary>A fact that needs QEMU. It runs (and fails loudly when QEMU is missing) unless VIRTLAB_SKIP_QEMU=1.</summary>
public sealed class QemuFactAttribute : FactAttribute
{
    public QemuFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("VIRTLAB_SKIP_QEMU") == "1")
        {
            Skip = "VIRTLAB_SKIP_QEMU=1 is set";
        }
    }
}

/// <summary>Checks the QEMU prerequisites with the fix in the message.</summary>
internal static class QemuRequirement
{
    public static void EnsureInstalled()
    {
        if (!QemuInstallation.IsInstalled())
        {
            throw new InvalidOperationException(
                $"QEMU is not installed. Install it with: {QemuInstallation.InstallCommand} (or set VIRTLAB_SKIP_QEMU=1 to skip these tests).");
        }
        QemuInstallation.Find();
    }

    /// <summary>Pids of live qemu-system processes whose command line names the VirtLab state directory.</summary>
    public static IReadOnlyList<int> VirtLabQemuProcesses()
    {
        var state = MachineStateDirectory.Path;
        var found = new List<int>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }
            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }
            if (commandLine.Contains("qemu-system-", StringComparison.Ordinal) && commandLine.Contains(state, StringComparison.Ordinal))
            {
                found.Add(pid);
            }
        }
        return found;
    }
}
