using System.Diagnostics;
using VirtLab.Machines.Qmp;

namespace VirtLab.Machines;

public sealed partial class VirtualMachine
{
    /// <summary>The URI a migration target listens on (<c>unix:/…/migrate.sock</c>), or null for an ordinary machine.</summary>
    public string? IncomingUri => _incomingUri;

    /// <summary>Starts a second QEMU with the same hardware, waiting for an incoming migration on a Unix socket (status <c>inmigrate</c>).</summary>
    /// <remarks>QEMU <c>-incoming unix:PATH</c>. A disk, if any, is shared (same file): QEMU keeps the destination's
    /// image inactive until the migration completes. Dispose the target like any machine.</remarks>
    /// <exception cref="InvalidOperationException">This machine is not running.</exception>
    public async Task<VirtualMachine> CreateMigrationTargetAsync(CancellationToken cancellationToken = default)
    {
        if (!IsRunning)
        {
            throw new InvalidOperationException($"Machine '{Name}' is not running: start it before creating a migration target.");
        }
        var name = (Name.Length > 36 ? Name[..36] : Name) + "-dst";
        var directory = NewStateDirectory(name);
        var target = new VirtualMachine(Options with { Name = name }, Accelerator, Image, Qemu, directory, DiskPath, ownsDisk: false);
        target._incomingUri = "unix:" + Path.Combine(directory, "migrate.sock");
        try
        {
            await target.LaunchAsync(target._incomingUri, cancellationToken).ConfigureAwait(false);
            var status = await target.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            if (status.Status != "inmigrate")
            {
                throw new MachineStartException($"The migration target is in status '{status.Status}', expected 'inmigrate'.");
            }
            return target;
        }
        catch
        {
            await target.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Live-migrates this machine into <paramref name="target"/> and returns QEMU's measured statistics.</summary>
    /// <param name="target">A machine from <see cref="CreateMigrationTargetAsync"/>.</param>
    /// <param name="parameters">Bandwidth cap and downtime limit, or null for QEMU's defaults (128 MiB/s, 300 ms).</param>
    /// <param name="timeout">Longest the migration may take before it is cancelled. Default 120 s.</param>
    /// <param name="cancellationToken">Cancels the migration (<c>migrate_cancel</c>; the source keeps running).</param>
    /// <remarks>
    /// QMP <c>migrate-set-capabilities</c> (events), <c>migrate-set-parameters</c>, <c>migrate</c>, then
    /// <c>query-migrate</c> every 100 ms; <c>virsh migrate --live</c>. Afterwards the source is in <c>postmigrate</c>
    /// (paused) and the destination runs the guest: its serial console takes over. Under TCG, migrate idle or CPU-busy
    /// guests only: a guest that keeps rewriting memory was seen to oops after an iterative migration (QEMU 7.2).
    /// </remarks>
    /// <exception cref="ArgumentException">The target was not made by <see cref="CreateMigrationTargetAsync"/>.</exception>
    /// <exception cref="MigrationFailedException">QEMU reported <c>failed</c> or <c>cancelled</c>.</exception>
    /// <exception cref="TimeoutException">It did not finish in time (it was cancelled).</exception>
    public async Task<MigrationResult> MigrateToAsync(VirtualMachine target, MigrationParameters? parameters = null,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target._incomingUri is null || !target.IsRunning)
        {
            throw new ArgumentException("The target must be a running machine from CreateMigrationTargetAsync.", nameof(target));
        }
        parameters?.Validate();
        await Qmp.Migration.SetCapabilitiesAsync(new Dictionary<string, bool> { ["events"] = true }, cancellationToken).ConfigureAwait(false);
        if (parameters is not null)
        {
            await Qmp.Migration.SetParametersAsync(parameters, cancellationToken).ConfigureAwait(false);
        }
        var firstEvent = Qmp.EventCount;
        var targetFirstEvent = target.Qmp.EventCount;
        var limit = timeout ?? TimeSpan.FromSeconds(120);
        var samples = new List<MigrationSample>();
        var stopwatch = Stopwatch.StartNew();
        await Qmp.Migration.MigrateAsync(target._incomingUri, cancellationToken).ConfigureAwait(false);
        MigrationResponse response;
        try
        {
            while (true)
            {
                response = await Qmp.Migration.QueryMigrateAsync(cancellationToken).ConfigureAwait(false);
                samples.Add(new MigrationSample(stopwatch.Elapsed, response.Status, response.TransferredBytes, response.RemainingBytes,
                    response.DirtyPagesRate, response.DirtySyncCount, response.ExpectedDowntimeMilliseconds));
                if (response.Status == "completed")
                {
                    break;
                }
                if (response.Status is "failed" or "cancelled")
                {
                    throw new MigrationFailedException(response);
                }
                if (stopwatch.Elapsed > limit)
                {
                    await Qmp.Migration.CancelAsync(CancellationToken.None).ConfigureAwait(false);
                    throw new TimeoutException(
                        $"The migration did not complete within {limit.TotalSeconds:0} s and was cancelled (last: {response}). " +
                        "Raise the bandwidth cap or the downtime limit, or migrate a less busy guest.");
                }
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            await Qmp.Migration.CancelAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        await target.Qmp.WaitForEventAsync("RESUME", targetFirstEvent, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        var sourceStatus = await GetStatusAsync(cancellationToken).ConfigureAwait(false);
        var targetStatus = await target.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        if (DiskPath is not null)
        {
            // the destination now owns the shared disk; the source must not delete it on dispose
            target._ownsDisk = _ownsDisk;
            _ownsDisk = false;
        }
        return new MigrationResult(response, samples, sourceStatus.Status, targetStatus.Status, [.. Qmp.Events.Skip(firstEvent)]);
    }
}
