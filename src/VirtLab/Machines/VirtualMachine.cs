using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VirtLab.Machines.Guest;
using VirtLab.Machines.Qmp;

namespace VirtLab.Machines;

/// <summary>A real QEMU virtual machine: a distribution kernel, a busybox initramfs, QMP control and a serial console.</summary>
/// <remarks>
/// Life cycle, named after <c>virsh</c>: <see cref="CreateAsync"/> (define: build the guest image and disk),
/// <see cref="StartAsync"/> (start), <see cref="PauseAsync"/>/<see cref="ResumeAsync"/> (suspend/resume),
/// <see cref="ShutdownAsync"/> (ACPI shutdown), <see cref="PowerOffAsync"/> (destroy), <see cref="GetStatusAsync"/>
/// (domstate), <see cref="SaveSnapshotAsync"/>/<see cref="RestoreSnapshotAsync"/> (snapshot-create/revert; HMP
/// savevm/loadvm into the qcow2 disk), <see cref="BackupDiskAsync"/>, <see cref="SetBalloonAsync"/> (setmem),
/// <see cref="MigrateToAsync"/> (migrate --live). Every QEMU process is recorded in the state directory and killed on
/// dispose, at process exit, or later by <see cref="MachineJanitor.KillLeftovers"/>.
/// </remarks>
public sealed partial class VirtualMachine : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<VirtualMachine, byte> Live = new();
    private static int _janitorRan;
    private readonly StringBuilder _stderr = new();
    private readonly string _qmpSocketPath;
    private Process? _process;
    private QmpClient? _qmp;
    private SerialConsole? _console;
    private string? _incomingUri;
    private bool _ownsDisk;
    private bool _cleanedUp;

    static VirtualMachine()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAllNow();
    }

    private VirtualMachine(MachineOptions options, AcceleratorChoice accelerator, GuestImage image, QemuInstallation qemu,
        string directory, string? diskPath, bool ownsDisk)
    {
        Options = options;
        Accelerator = accelerator;
        Image = image;
        Qemu = qemu;
        StateDirectory = directory;
        DiskPath = diskPath;
        _ownsDisk = ownsDisk;
        _qmpSocketPath = Path.Combine(directory, "qmp.sock");
        CommandLine = QemuCommandLine.Build(options, accelerator.Kind, image.KernelPath, image.InitramfsPath, _qmpSocketPath, diskPath);
    }

    /// <summary>The options this machine was created with.</summary>
    public MachineOptions Options { get; }

    /// <summary>The machine's name.</summary>
    public string Name => Options.Name;

    /// <summary>KVM or TCG, and why.</summary>
    public AcceleratorChoice Accelerator { get; }

    /// <summary>The kernel and initramfs it boots.</summary>
    public GuestImage Image { get; }

    /// <summary>The QEMU programs used.</summary>
    public QemuInstallation Qemu { get; }

    /// <summary>This machine's folder in the VirtLab state directory (pid file, sockets, disk).</summary>
    public string StateDirectory { get; }

    /// <summary>The qcow2 disk, or null when the machine has none.</summary>
    public string? DiskPath { get; }

    /// <summary>The QEMU arguments (without the program name), for display.</summary>
    public IReadOnlyList<string> CommandLine { get; private set; }

    /// <summary>QEMU's pid once started.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>True while the QEMU process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The boot report, once <see cref="StartAsync"/> has returned.</summary>
    public BootReport? Boot { get; private set; }

    /// <summary>QEMU's standard error so far (warnings and fatal errors).</summary>
    public string ErrorOutput
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>The QMP client (raw access: <c>vm.Qmp.Machine</c>, <c>vm.Qmp.Migration</c>, <c>vm.Qmp.Events</c>).</summary>
    /// <exception cref="InvalidOperationException">The machine has not been started.</exception>
    public QmpClient Qmp => _qmp ?? throw new InvalidOperationException($"Machine '{Name}' is not started: call StartAsync first.");

    /// <summary>The serial console (ttyS0).</summary>
    /// <exception cref="InvalidOperationException">The machine has not been started.</exception>
    public SerialConsole Console => _console ?? throw new InvalidOperationException($"Machine '{Name}' is not started: call StartAsync first.");

    /// <summary>Prepares a machine without starting it: finds QEMU, builds the guest image, chooses the accelerator, creates the disk.</summary>
    /// <remarks>The first call in a process also runs <see cref="MachineJanitor.KillLeftovers"/>, which only touches
    /// machines whose owning process has died.</remarks>
    /// <param name="options">Machine options (defaults when null).</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <exception cref="QemuNotFoundException">QEMU, the kernel or busybox is missing; the message gives the apt command.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static async Task<VirtualMachine> CreateAsync(MachineOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MachineOptions();
        options.Validate();
        var qemu = QemuInstallation.Find();
        if (Interlocked.Exchange(ref _janitorRan, 1) == 0)
        {
            MachineJanitor.KillLeftovers(); // once per process: QEMU left by crashed sessions (their owner is dead)
        }
        var image = await GuestImage.BuildAsync(options.KernelPath, cancellationToken).ConfigureAwait(false);
        var accelerator = options.Accelerator == AcceleratorKind.Auto
            ? await AcceleratorProbe.ChooseAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
            : new AcceleratorChoice(options.Accelerator, "requested in MachineOptions", TimeSpan.Zero);
        var directory = NewStateDirectory(options.Name);
        string? disk = null;
        if (options.DiskSizeMiB is { } size)
        {
            disk = Path.Combine(directory, "disk.qcow2");
            await ProcessRunner.RunAsync(qemu.ImageToolPath, ["create", "-q", "-f", "qcow2", disk, $"{size}M"],
                TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        }
        return new VirtualMachine(options, accelerator, image, qemu, directory, disk, ownsDisk: true);
    }

    /// <summary>Creates and starts a machine, waiting until the guest is ready for commands.</summary>
    /// <param name="options">Machine options (defaults when null).</param>
    /// <param name="cancellationToken">Cancels the boot (the machine is then powered off).</param>
    public static async Task<VirtualMachine> StartNewAsync(MachineOptions? options = null, CancellationToken cancellationToken = default)
    {
        var machine = await CreateAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            await machine.StartAsync(cancellationToken).ConfigureAwait(false);
            return machine;
        }
        catch
        {
            await machine.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts QEMU, connects QMP and waits for the guest's ready line (at most <see cref="MachineOptions.BootTimeout"/>).</summary>
    /// <remarks><c>virsh start</c>. Under TCG a boot takes about 5 s on an idle 2-core host.</remarks>
    /// <exception cref="MachineStartException">QEMU exited or the guest did not get ready in time; the machine is powered off.</exception>
    public async Task<BootReport> StartAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        await LaunchAsync(null, cancellationToken).ConfigureAwait(false);
        Match ready;
        try
        {
            ready = await Console.WaitForAsync(ReadyPattern(), Options.BootTimeout, 0, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            await PowerOffAsync(CancellationToken.None).ConfigureAwait(false);
            throw new MachineStartException(
                $"Machine '{Name}' did not print {GuestInitScript.ReadyMarker} within {Options.BootTimeout.TotalSeconds:0} s under " +
                $"{Accelerator.Kind}. QEMU stderr: {ErrorOutput.Trim()}\n{exception.Message}", exception);
        }
        Boot = new BootReport(Accelerator, stopwatch.Elapsed,
            double.Parse(ready.Groups["uptime"].Value, CultureInfo.InvariantCulture), ready.Value.Trim());
        return Boot;
    }

    /// <summary>Reads QEMU's run state (<c>running</c>, <c>paused</c>, <c>shutdown</c>, <c>postmigrate</c>, …).</summary>
    /// <remarks>QMP <c>query-status</c>; <c>virsh domstate</c>.</remarks>
    public Task<StatusResponse> GetStatusAsync(CancellationToken cancellationToken = default) =>
        Qmp.Machine.QueryStatusAsync(cancellationToken);

    /// <summary>Pauses the vCPUs; memory and devices stay as they are.</summary>
    /// <remarks>QMP <c>stop</c>; <c>virsh suspend</c>.</remarks>
    public Task PauseAsync(CancellationToken cancellationToken = default) => Qmp.Machine.StopAsync(cancellationToken);

    /// <summary>Resumes the vCPUs.</summary>
    /// <remarks>QMP <c>cont</c>; <c>virsh resume</c>.</remarks>
    public Task ResumeAsync(CancellationToken cancellationToken = default) => Qmp.Machine.ContAsync(cancellationToken);

    /// <summary>Presses the ACPI power button, waits for the guest to power off, then ends QEMU.</summary>
    /// <param name="timeout">How long the guest may take. Default 30 s. After that VirtLab powers off by force.</param>
    /// <param name="cancellationToken">Cancels the wait (the machine is then powered off by force).</param>
    /// <remarks>QMP <c>system_powerdown</c>; <c>virsh shutdown</c>. The VirtLab guest turns the button into <c>poweroff -f</c>.</remarks>
    public async Task<ShutdownResult> ShutdownAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var before = Qmp.EventCount;
        string? statusAfter = null;
        var graceful = false;
        try
        {
            await Qmp.Machine.SystemPowerdownAsync(cancellationToken).ConfigureAwait(false);
            await Qmp.WaitForEventAsync("SHUTDOWN", before, timeout ?? TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
            graceful = true;
            statusAfter = (await GetStatusAsync(cancellationToken).ConfigureAwait(false)).Status;
        }
        catch (TimeoutException)
        {
            // the guest ignored the button: fall through to a forced power-off
        }
        finally
        {
            await PowerOffAsync(CancellationToken.None).ConfigureAwait(false);
        }
        return new ShutdownResult(graceful, statusAfter, stopwatch.Elapsed);
    }

    /// <summary>Ends QEMU at once (QMP <c>quit</c>, then SIGKILL if it lingers) and deletes this machine's state files.</summary>
    /// <remarks><c>virsh destroy</c>. Safe to call more than once.</remarks>
    public async Task PowerOffAsync(CancellationToken cancellationToken = default)
    {
        var process = _process;
        if (process is not null && !process.HasExited)
        {
            try
            {
                if (_qmp is { IsClosed: false })
                {
                    using var quitTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    quitTimeout.CancelAfter(TimeSpan.FromSeconds(5));
                    await _qmp.Machine.QuitAsync(quitTimeout.Token).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is QmpException or TimeoutException or OperationCanceledException)
            {
                // fall back to SIGKILL below
            }
            using var exitTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            exitTimeout.CancelAfter(TimeSpan.FromSeconds(5));
            try
            {
                await process.WaitForExitAsync(exitTimeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                process.WaitForExit(5000);
            }
        }
        await CleanUpAsync().ConfigureAwait(false);
    }

    /// <summary>Runs a shell command in the guest through the serial console.</summary>
    /// <inheritdoc cref="SerialConsole.RunAsync" path="/param"/>
    public Task<GuestCommandResult> RunAsync(string command, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Console.RunAsync(command, timeout, cancellationToken);

    /// <summary>Powers off (if running) and deletes the state folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await PowerOffAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            _process?.Kill();
        }
    }

    /// <summary>"vm (running, TCG, pid 1234)".</summary>
    public override string ToString() =>
        $"{Name} ({(IsRunning ? "running" : _process is null ? "created" : "stopped")}, {Accelerator.Kind.ToString().ToUpperInvariant()}" +
        (ProcessId is { } pid ? $", pid {pid})" : ")");

    private static Regex ReadyPattern() => new($"{GuestInitScript.ReadyMarker}[^\\n]*uptime=(?<uptime>[0-9.]+)");

    private async Task LaunchAsync(string? incomingUri, CancellationToken cancellationToken)
    {
        if (_process is not null)
        {
            throw new InvalidOperationException($"Machine '{Name}' was already started; create a new machine to start again.");
        }
        if (_cleanedUp)
        {
            throw new InvalidOperationException($"Machine '{Name}' was disposed.");
        }
        CommandLine = QemuCommandLine.Build(Options, Accelerator.Kind, Image.KernelPath, Image.InitramfsPath, _qmpSocketPath,
            DiskPath, incomingUri);
        var start = new ProcessStartInfo(Qemu.SystemEmulatorPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in CommandLine)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new MachineStartException($"Could not start {Qemu.SystemEmulatorPath}.");
        _process = process;
        ProcFs.WriteIdentity(Path.Combine(StateDirectory, MachineJanitor.PidFileName), process.Id);
        Live.TryAdd(this, 0);
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(line.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        _console = new SerialConsole(process.StandardOutput, process.StandardInput);

        using var exited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _ = process.WaitForExitAsync(exited.Token).ContinueWith(_ => exited.Cancel(), TaskScheduler.Default);
        try
        {
            _qmp = await QmpClient.ConnectAsync(_qmpSocketPath, TimeSpan.FromSeconds(30), exited.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException)
        {
            await Task.Delay(200, CancellationToken.None).ConfigureAwait(false); // let stderr drain
            var message = process.HasExited
                ? $"QEMU exited with code {process.ExitCode} while machine '{Name}' was starting: {ErrorOutput.Trim()}"
                : $"QEMU for machine '{Name}' did not open its QMP socket: {exception.Message}";
            await PowerOffAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new MachineStartException(message, exception);
        }
        finally
        {
            exited.Cancel();
        }
    }

    private async Task CleanUpAsync()
    {
        if (_qmp is not null)
        {
            await _qmp.DisposeAsync().ConfigureAwait(false);
        }
        Live.TryRemove(this, out _);
        if (_cleanedUp)
        {
            return;
        }
        _cleanedUp = true;
        if (DiskPath is not null && _ownsDisk)
        {
            TryDeleteFile(DiskPath);
            var parent = Path.GetDirectoryName(DiskPath);
            if (parent is not null && parent != StateDirectory && Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
            {
                MachineJanitor.TryDelete(parent);
            }
        }
        if (Directory.Exists(StateDirectory))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(StateDirectory).ToList())
            {
                if (entry != DiskPath)
                {
                    TryDeleteFile(entry);
                }
            }
            if (!Directory.EnumerateFileSystemEntries(StateDirectory).Any())
            {
                MachineJanitor.TryDelete(StateDirectory);
            }
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // left for the janitor
        }
    }

    private static string NewStateDirectory(string name)
    {
        var directory = Path.Combine(MachineStateDirectory.MachinesPath, $"{name}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(directory);
        ProcFs.WriteIdentity(Path.Combine(directory, MachineJanitor.OwnerFileName), Environment.ProcessId);
        return directory;
    }

    private static void KillAllNow()
    {
        foreach (var machine in Live.Keys)
        {
            try
            {
                if (machine._process is { HasExited: false } process)
                {
                    process.Kill();
                    process.WaitForExit(2000);
                }
                MachineJanitor.TryDelete(machine.StateDirectory);
            }
            catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // already gone
            }
        }
    }
}
