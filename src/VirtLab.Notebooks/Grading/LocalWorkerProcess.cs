using System.Diagnostics;
using System.Globalization;
using VirtLab.Notebooks.Execution;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// The worker as a child process (<see cref="SandboxKind.None"/>): its own process group (started through
/// <c>setsid</c>; what it starts is killed at the end of every step, the whole group when it stops), .NET heap capped
/// with <c>DOTNET_GCHeapHardLimit</c> (allocation then fails with <see cref="OutOfMemoryException"/> inside the cell),
/// a watchdog that kills it when its resident memory passes the limit (native allocations), and its stdout/stderr
/// read in fixed-size blocks and dropped (never buffered, whatever their length).
/// </summary>
internal sealed class LocalWorkerProcess : IWorkerProcess
{
    private readonly Process _process;
    private readonly long _memoryLimit;
    private readonly Timer _watchdog;
    private volatile bool _memoryExceeded;

    private LocalWorkerProcess(Process process, long memoryLimit, string directory)
    {
        _process = process;
        _memoryLimit = memoryLimit;
        Directory = directory;
        Exited = process.WaitForExitAsync();
        _watchdog = new Timer(_ => Watch(), null, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200));
    }

    public string Directory { get; }

    public int? ProcessId => _process.Id;

    public Task Exited { get; }

    public static IWorkerProcess Start(string workerAssembly, string socketPath, string directory, GradingOptions options)
    {
        // Same command line as 'virtlab run' (the host's own VirtLab.dll kept off the worker's trusted list).
        var launch = WorkerLauncher.Create(workerAssembly, socketPath);
        string[] command = [launch.FileName, .. launch.ArgumentList];
        if (options.WorkerUser is { } user)
        {
            // Drop to the unprivileged user (no new privileges), then cap its processes and threads.
            command =
            [
                "setpriv", "--reuid", user, "--regid", PrimaryGroup(user), "--init-groups", "--no-new-privs", "--",
                "prlimit", $"--nproc={options.PidsLimit.ToString(CultureInfo.InvariantCulture)}", "--", .. command,
            ];
        }

        if (OperatingSystem.IsLinux())
        {
            // setsid execs in place (the child is not a group leader), so the worker's pid is its process group id.
            command = ["setsid", .. command];
        }

        var start = new ProcessStartInfo(command[0], command[1..])
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit(options.MemoryBytes).ToString("X", CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the grading worker.");

        // Student output that bypasses the cell capture is read in blocks and dropped: it never reaches the grader's
        // results, and a 400 MB line costs no memory (a line reader would buffer it whole).
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        process.StandardInput.Close();
        return new LocalWorkerProcess(process, options.MemoryBytes, directory);
    }

    private static string PrimaryGroup(string user)
    {
        using var id = Process.Start(new ProcessStartInfo("id", ["-g", user]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not run 'id'.");
        var group = id.StandardOutput.ReadToEnd().Trim();
        id.WaitForExit();
        if (id.ExitCode != 0 || group.Length == 0)
        {
            throw new InvalidOperationException($"The worker user '{user}' does not exist on this machine.");
        }

        return group;
    }

    /// <summary>The .NET GC heap limit: 75 % of the memory limit, as .NET picks by default inside a container.</summary>
    public static long HeapLimit(long memoryBytes) => memoryBytes / 4 * 3;

    public Task<string> DescribeExitAsync()
    {
        if (_memoryExceeded)
        {
            return Task.FromResult($"it used more than the memory limit ({_memoryLimit >> 20} MiB) and was stopped");
        }

        return Task.FromResult(_process.HasExited ? $"exit code {_process.ExitCode}" : "still running");
    }

    public Task EndStepAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                ProcessGroup.KillMembers(_process.Id, keep: _process.Id);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        return Task.CompletedTask;
    }

    public Task KillAsync()
    {
        try
        {
            ProcessGroup.KillAll(_process.Id);
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _watchdog.DisposeAsync().ConfigureAwait(false);
        await KillAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private void Watch()
    {
        try
        {
            _process.Refresh();
            if (!_process.HasExited && _process.WorkingSet64 > _memoryLimit)
            {
                _memoryExceeded = true;
                ProcessGroup.KillAll(_process.Id);
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // The process ended between the checks.
        }
    }
}
