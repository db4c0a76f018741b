using System.Diagnostics;

namespace VirtLab.Machines;

/// <summary>Finds and kills QEMU processes that VirtLab started and nobody owns any more (after a crashed session).</summary>
/// <remarks>
/// Every machine has a folder <c>&lt;state&gt;/vms/&lt;id&gt;</c> (see <see cref="MachineStateDirectory"/>) with
/// <c>qemu.pid</c> and <c>owner</c>, each holding "pid start-time". A process is killed only when it is alive with
/// the recorded start time (not a recycled pid) and its command line is a <c>qemu-system-*</c> whose arguments name
/// that folder (VirtLab puts its QMP socket there). A QEMU that VirtLab did not start never matches.
/// </remarks>
public static class MachineJanitor
{
    internal const string PidFileName = "qemu.pid";
    internal const string OwnerFileName = "owner";

    /// <summary>Lists every machine recorded in the state directory.</summary>
    public static IReadOnlyList<TrackedMachine> ListTracked()
    {
        var machines = new List<TrackedMachine>();
        foreach (var directory in Directory.GetDirectories(MachineStateDirectory.MachinesPath))
        {
            machines.Add(Inspect(directory));
        }
        return machines;
    }

    /// <summary>Kills leftover QEMU processes and deletes their state folders.</summary>
    /// <param name="includeLiveSessions">Also kill machines whose owner process still runs (e.g. <c>virtlab clean --all</c>).
    /// By default those belong to a running notebook or test session and are left alone.</param>
    /// <returns>What was killed and removed.</returns>
    public static JanitorReport KillLeftovers(bool includeLiveSessions = false)
    {
        var killed = new List<int>();
        var removed = new List<string>();
        var leftAlone = new List<TrackedMachine>();
        foreach (var machine in ListTracked())
        {
            if (machine.IsOwnerAlive && !includeLiveSessions)
            {
                leftAlone.Add(machine);
                continue;
            }
            if (machine.IsRunning && machine.ProcessId is { } pid)
            {
                Kill(pid);
                killed.Add(pid);
            }
            if (TryDelete(machine.Directory))
            {
                removed.Add(machine.Directory);
            }
        }
        return new JanitorReport(killed, removed, leftAlone);
    }

    internal static TrackedMachine Inspect(string directory)
    {
        var qemu = ProcFs.ReadIdentity(Path.Combine(directory, PidFileName));
        var owner = ProcFs.ReadIdentity(Path.Combine(directory, OwnerFileName));
        var running = qemu is { } q && ProcFs.IsSameProcess(q.Pid, q.StartTicks) && IsVirtLabQemu(q.Pid, directory);
        var ownerAlive = owner is { } o && ProcFs.IsSameProcess(o.Pid, o.StartTicks);
        return new TrackedMachine(directory, qemu?.Pid, owner?.Pid, running, ownerAlive);
    }

    /// <summary>True when <paramref name="commandLine"/> is a qemu-system program with an argument inside <paramref name="directory"/>.</summary>
    internal static bool IsVirtLabQemuCommandLine(IReadOnlyList<string> commandLine, string directory)
    {
        if (commandLine.Count == 0 || !Path.GetFileName(commandLine[0]).StartsWith("qemu-system-", StringComparison.Ordinal))
        {
            return false;
        }
        var marker = directory.TrimEnd('/') + "/";
        return commandLine.Skip(1).Any(argument => argument.Contains(marker, StringComparison.Ordinal));
    }

    internal static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            process.WaitForExit(5000);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException
                                              or System.ComponentModel.Win32Exception)
        {
            // already gone
        }
    }

    internal static bool TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsVirtLabQemu(int pid, string directory) => IsVirtLabQemuCommandLine(ProcFs.CommandLine(pid), directory);
}
