using System.Diagnostics;

namespace VirtLab.Machines;

/// <summary>Chooses KVM or TCG with a bounded probe: KVM only when it really boots the guest kernel.</summary>
/// <remarks>
/// Steps: <c>VIRTLAB_ACCEL=kvm|tcg</c> forces a choice; no <c>/dev/kvm</c>, or one that cannot be opened for
/// read and write, means TCG; otherwise VirtLab boots its own guest under KVM and waits at most the probe timeout
/// (default 8 s; a KVM boot takes about 1 s) for the ready line. On some hosts (nested virtualization without the
/// right CPU features) KVM starts but the kernel hangs with no output: the probe then kills that QEMU and picks TCG.
/// The result is cached for the process and, per boot of the host, in the state directory.
/// </remarks>
public static class AcceleratorProbe
{
    /// <summary>The default probe timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(8);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AcceleratorChoice? _cached;

    /// <summary>Returns the cached choice, or probes once.</summary>
    /// <param name="timeout">Probe timeout. Default <see cref="DefaultTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels the probe.</param>
    public static async Task<AcceleratorChoice> ChooseAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var forced = Environment.GetEnvironmentVariable("VIRTLAB_ACCEL")?.Trim().ToLowerInvariant();
        if (forced is "kvm" or "tcg")
        {
            return new AcceleratorChoice(forced == "kvm" ? AcceleratorKind.Kvm : AcceleratorKind.Tcg, $"forced by VIRTLAB_ACCEL={forced}", TimeSpan.Zero);
        }
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _cached ??= ReadCache() ?? WriteCache(await ProbeAsync(timeout, cancellationToken).ConfigureAwait(false));
            return _cached;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Probes now, ignoring any cache.</summary>
    /// <param name="timeout">How long a KVM boot may take. Default <see cref="DefaultTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels the probe.</param>
    public static async Task<AcceleratorChoice> ProbeAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        const string device = "/dev/kvm";
        if (!File.Exists(device))
        {
            return new AcceleratorChoice(AcceleratorKind.Tcg, "no /dev/kvm on this host", stopwatch.Elapsed);
        }
        try
        {
            using var handle = File.Open(device, FileMode.Open, FileAccess.ReadWrite);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            return new AcceleratorChoice(AcceleratorKind.Tcg,
                $"/dev/kvm cannot be opened ({exception.Message}); add your user to the kvm group to use KVM", stopwatch.Elapsed);
        }
        var limit = timeout ?? DefaultTimeout;
        var options = new MachineOptions
        {
            Name = "kvm-probe", Accelerator = AcceleratorKind.Kvm, Balloon = false, MemoryMiB = 128, BootTimeout = limit,
        };
        try
        {
            await using var probe = await VirtualMachine.CreateAsync(options, cancellationToken).ConfigureAwait(false);
            await probe.StartAsync(cancellationToken).ConfigureAwait(false);
            return new AcceleratorChoice(AcceleratorKind.Kvm, $"KVM booted the probe kernel in {probe.Boot!.BootTime.TotalSeconds:0.0} s", stopwatch.Elapsed);
        }
        catch (MachineStartException exception)
        {
            var reason = exception.Message.Contains("did not print", StringComparison.Ordinal)
                ? $"KVM did not boot the probe kernel within {limit.TotalSeconds:0} s (it hangs on this host)"
                : $"KVM failed: {exception.Message.Split('\n')[0]}";
            return new AcceleratorChoice(AcceleratorKind.Tcg, reason, stopwatch.Elapsed);
        }
    }

    private static string CacheFile => Path.Combine(MachineStateDirectory.Path, "accelerator-probe.txt");

    private static string BootId()
    {
        try
        {
            return File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static AcceleratorChoice? ReadCache()
    {
        try
        {
            var parts = File.ReadAllText(CacheFile).Split('\t');
            if (parts.Length == 3 && parts[0] == BootId() && Enum.TryParse<AcceleratorKind>(parts[1], out var kind))
            {
                return new AcceleratorChoice(kind, parts[2].Trim() + " (cached for this host boot)", TimeSpan.Zero);
            }
        }
        catch (IOException)
        {
            // no cache yet
        }
        return null;
    }

    private static AcceleratorChoice WriteCache(AcceleratorChoice choice)
    {
        File.WriteAllText(CacheFile, $"{BootId()}\t{choice.Kind}\t{choice.Reason}\n");
        return choice;
    }
}
