namespace VirtLab.Machines.Qmp;

/// <summary>Arguments of <c>migrate-set-parameters</c> that the course uses.</summary>
/// <param name="MaxBandwidthBytesPerSecond">Bandwidth cap (<c>max-bandwidth</c>), bytes/s. Range: &gt; 0. QEMU 7.2 default 134217728 (128 MiB/s).</param>
/// <param name="DowntimeLimitMilliseconds">Largest pause QEMU aims for in the final stop-and-copy (<c>downtime-limit</c>), ms. Range: 0 to 2000000. Default 300.</param>
public sealed record MigrationParameters(long? MaxBandwidthBytesPerSecond = null, long? DowntimeLimitMilliseconds = null)
{
    /// <summary>Checks the ranges QEMU enforces.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (MaxBandwidthBytesPerSecond is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBandwidthBytesPerSecond), MaxBandwidthBytesPerSecond,
                "The bandwidth cap must be > 0 bytes/s.");
        }
        if (DowntimeLimitMilliseconds is < 0 or > 2_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(DowntimeLimitMilliseconds), DowntimeLimitMilliseconds,
                "The downtime limit must be between 0 and 2000000 ms (QEMU's range).");
        }
    }
}
