using System.Globalization;

namespace VirtLab.Reliability.Migration;

/// <summary>When pre-copy stops iterating and pauses the VM for the final stop-and-copy round.</summary>
/// <param name="Threshold">Stop when the data left to send is at most this (V_thd). Range: ≥ 0.</param>
/// <param name="MaxPreCopyRounds">Stop after this many pre-copy rounds whatever is left. Range: ≥ 0.</param>
/// <param name="MaxDataFactor">Stop before the total sent would exceed this multiple of the memory size. Range: ≥ 1.</param>
/// <remarks>
/// Presets: <see cref="Liu"/> (threshold only: Liu et al., HPDC 2011), <see cref="Qemu"/> (threshold = bandwidth ×
/// downtime limit, default limit 300 ms: QEMU <c>migration/options.c</c> <c>DEFAULT_MIGRATE_SET_DOWNTIME</c> and the
/// <c>threshold_size</c> test in <c>migration.c</c>), <see cref="Xen"/> (Xen <c>xc_domain_save.c</c>:
/// <c>DEF_MAX_ITERS 29</c> and <c>DEF_MAX_FACTOR 3</c>).
/// </remarks>
public sealed record PreCopyStopCondition(double Threshold, int MaxPreCopyRounds, double MaxDataFactor)
{
    /// <summary>QEMU's default downtime limit, 0.3 s.</summary>
    public const double QemuDefaultDowntimeLimit = 0.3;

    /// <summary>Round cap the simulation applies where the real system has none (it would iterate forever).</summary>
    public const int SimulationRoundLimit = 1000;

    /// <summary>Liu et al.'s geometric model: stop when at most <paramref name="threshold"/> is left.</summary>
    /// <param name="threshold">V_thd. Range: ≥ 0.</param>
    public static PreCopyStopCondition Liu(double threshold) => new(threshold, SimulationRoundLimit, double.PositiveInfinity);

    /// <summary>QEMU: switch over when the rest can be sent within the downtime limit (threshold = bandwidth × limit).</summary>
    /// <param name="bandwidth">Link rate R, data per second. Range: &gt; 0.</param>
    /// <param name="downtimeLimit">Allowed downtime in seconds. Range: &gt; 0.</param>
    public static PreCopyStopCondition Qemu(double bandwidth, double downtimeLimit = QemuDefaultDowntimeLimit)
    {
        Guard.Positive(bandwidth, nameof(bandwidth));
        Guard.Positive(downtimeLimit, nameof(downtimeLimit));
        return new(bandwidth * downtimeLimit, SimulationRoundLimit, double.PositiveInfinity);
    }

    /// <summary>Xen: a threshold, at most 29 pre-copy rounds (30 with the last), never more than 3× the memory.</summary>
    /// <param name="threshold">Data left below which Xen stops early. Range: ≥ 0.</param>
    public static PreCopyStopCondition Xen(double threshold) => new(threshold, 29, 3);

    /// <summary>Validates the parameters.</summary>
    public PreCopyStopCondition Validate()
    {
        Guard.NonNegative(Threshold, nameof(Threshold));
        if (MaxPreCopyRounds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPreCopyRounds), MaxPreCopyRounds, "Must be >= 0.");
        }

        if (!(MaxDataFactor >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDataFactor), MaxDataFactor, "Must be >= 1 (or +infinity for no limit).");
        }

        return this;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"stop at <= {Threshold:G4} left, <= {MaxPreCopyRounds} rounds, <= {MaxDataFactor:G3}x memory");
}
