using VirtLab.Machines.Qmp;

namespace VirtLab.Machines;

public sealed partial class VirtualMachine
{
    /// <summary>Inflates or deflates the balloon so the guest has <paramref name="targetBytes"/> of RAM, and waits until QEMU reports it.</summary>
    /// <param name="targetBytes">Memory the guest should keep. Range: 16 MiB to <see cref="MachineOptions.MemoryMiB"/>.</param>
    /// <param name="timeout">How long to wait for the guest driver. Default 30 s.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The read-back value (<c>query-balloon</c> actual).</returns>
    /// <remarks>QMP <c>balloon</c> + <c>query-balloon</c>; <c>virsh setmem</c>. The guest's driver (virtio_balloon) takes
    /// pages from its own free memory and hands them back to the host, so <c>MemTotal</c> in the guest drops too.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The target is out of range.</exception>
    /// <exception cref="InvalidOperationException">The machine has no balloon device.</exception>
    /// <exception cref="TimeoutException">The guest did not reach the target in time.</exception>
    public async Task<BalloonResponse> SetBalloonAsync(long targetBytes, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var maximum = Options.MemoryMiB * 1024L * 1024;
        if (targetBytes < 16L * 1024 * 1024 || targetBytes > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(targetBytes), targetBytes,
                $"The balloon target must be between 16 MiB and the machine's {Options.MemoryMiB} MiB.");
        }
        RequireBalloon();
        await Qmp.Balloon.BalloonAsync(targetBytes, cancellationToken).ConfigureAwait(false);
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var actual = await Qmp.Balloon.QueryBalloonAsync(cancellationToken).ConfigureAwait(false);
            if (Math.Abs(actual.ActualBytes - targetBytes) < 1024 * 1024)
            {
                return actual;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"The balloon reached {actual} instead of {targetBytes / 1048576.0:0.#} MiB within {limit.TotalSeconds:0} s: " +
                    "is the guest's virtio_balloon driver loaded (lsmod in the guest)? Is the guest short of free memory?");
            }
            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the memory the guest has now (<c>query-balloon</c>; <c>virsh dommemstat</c> "actual").</summary>
    /// <exception cref="InvalidOperationException">The machine has no balloon device.</exception>
    public Task<BalloonResponse> GetBalloonAsync(CancellationToken cancellationToken = default)
    {
        RequireBalloon();
        return Qmp.Balloon.QueryBalloonAsync(cancellationToken);
    }

    /// <summary>The guest's own view: <c>MemTotal</c> from its <c>/proc/meminfo</c>, in bytes.</summary>
    public async Task<long> GetGuestMemTotalAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync("grep MemTotal /proc/meminfo", cancellationToken: cancellationToken).ConfigureAwait(false);
        var parts = result.Output.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var kib))
        {
            throw new FormatException($"Unexpected /proc/meminfo line from the guest: '{result.Output.Trim()}'.");
        }
        return kib * 1024;
    }

    private void RequireBalloon()
    {
        if (!Options.Balloon)
        {
            throw new InvalidOperationException(
                $"Machine '{Name}' has no balloon device: create it with new MachineOptions {{ Balloon = true }}.");
        }
    }
}
