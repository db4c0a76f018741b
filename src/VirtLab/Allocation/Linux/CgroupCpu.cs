namespace VirtLab.Allocation.Linux;

/// <summary>cgroup CPU controls: v1 <c>cpu.shares</c> ↔ v2 <c>cpu.weight</c>, Docker's <c>--cpus</c> ↔ CFS quota/period, and the kubelet's mapping.</summary>
/// <remarks>
/// Sources: Linux cgroup v2 documentation (<c>cpu.weight</c> in [1, 10000], default 100; <c>cpu.max</c> default "max 100000");
/// kernel commit 0d5936344f30 (weight W ↔ scheduler weight W·1024/100, <c>DIV_ROUND_CLOSEST</c>); systemd
/// <c>src/core/cgroup.c</c> (linear shares ↔ weight); opencontainers/cgroups <c>utils.go</c> and its <c>utils_test.go</c>
/// (old and new runc formulas); Docker "Resource constraints" (<c>--cpus</c> sets period 100000 µs and quota = cpus × period);
/// kernel <c>sched-bwc</c> documentation (limit = quota/period CPUs; period 1 ms .. 1 s, quota ≥ 1 ms); Kubernetes
/// <c>pkg/kubelet/cm/helpers_linux.go</c> (<c>MilliCPUToShares</c>, <c>MilliCPUToQuota</c>). Integer arithmetic is kept as in
/// those sources. Worked examples (tested): runc new 3 → 2, 1024 → 100, 262143 → 10000; runc old 1024 → 39;
/// <c>--cpus=1.5</c> → quota 150000; quota 10000 / period 50000 = 0.2 CPU.
/// </remarks>
public static class CgroupCpu
{
    /// <summary>Default cgroup v1 <c>cpu.shares</c> (and Docker <c>--cpu-shares</c>).</summary>
    public const long DefaultShares = 1024;

    /// <summary>Smallest cgroup v1 <c>cpu.shares</c> the kernel accepts.</summary>
    public const long MinShares = 2;

    /// <summary>Largest cgroup v1 <c>cpu.shares</c> (1 &lt;&lt; 18).</summary>
    public const long MaxShares = 262144;

    /// <summary>Default cgroup v2 <c>cpu.weight</c>.</summary>
    public const long DefaultWeight = 100;

    /// <summary>Smallest cgroup v2 <c>cpu.weight</c>.</summary>
    public const long MinWeight = 1;

    /// <summary>Largest cgroup v2 <c>cpu.weight</c>.</summary>
    public const long MaxWeight = 10000;

    /// <summary>Default CFS bandwidth period in µs (Docker's <c>--cpu-period</c>, <c>cpu.max</c>).</summary>
    public const long DefaultPeriodUs = 100_000;

    /// <summary>Converts cgroup v1 shares to a cgroup v2 weight the way a given runtime does.</summary>
    /// <param name="shares">cpu.shares. Range: ≥ 0 (0 means unset and maps to 0 for runc).</param>
    /// <param name="conversion">Which runtime's formula; <see cref="SharesConversion.CgroupV1"/> is not a conversion and is refused.</param>
    /// <returns>cpu.weight in [1, 10000] (or 0 for an unset value with runc).</returns>
    /// <exception cref="ArgumentOutOfRangeException">shares is negative, or the conversion is <see cref="SharesConversion.CgroupV1"/>.</exception>
    public static long SharesToWeight(long shares, SharesConversion conversion = SharesConversion.Runc)
    {
        if (shares < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(shares), shares, "cpu.shares must be >= 0.");
        }

        switch (conversion)
        {
            case SharesConversion.RuncLegacy:
                return shares == 0 ? 0 : 1 + ((Math.Clamp(shares, MinShares, MaxShares) - 2) * 9999 / 262142);
            case SharesConversion.Runc:
                if (shares == 0)
                {
                    return 0;
                }

                if (shares <= 2)
                {
                    return 1;
                }

                if (shares >= MaxShares)
                {
                    return MaxWeight;
                }

                var l = Math.Log2(shares);
                var exponent = (((l * l) + (125 * l)) / 612.0) - (7.0 / 34.0);
                return (long)Math.Ceiling(Math.Pow(10, exponent));
            case SharesConversion.Systemd:
                return Math.Clamp(shares * 100 / 1024, MinWeight, MaxWeight);
            default:
                throw new ArgumentOutOfRangeException(nameof(conversion), conversion, "Pick a runtime conversion (RuncLegacy, Runc or Systemd); cgroup v1 keeps shares as they are.");
        }
    }

    /// <summary>systemd's inverse map from cgroup v2 weight to v1 shares: clamp(weight·1024/100, 2, 262144).</summary>
    /// <param name="weight">cpu.weight. Range: 1 ≤ weight ≤ 10000.</param>
    public static long WeightToShares(long weight)
    {
        ValidateWeight(weight);
        return Math.Clamp(weight * 1024 / 100, MinShares, MaxShares);
    }

    /// <summary>The kernel's scheduler weight for a cgroup v2 <c>cpu.weight</c>: DIV_ROUND_CLOSEST(weight·1024, 100).</summary>
    /// <param name="weight">cpu.weight. Range: 1 ≤ weight ≤ 10000.</param>
    /// <returns>The load weight the group entity gets (100 → 1024, like nice 0).</returns>
    public static long SchedulerWeight(long weight)
    {
        ValidateWeight(weight);
        return ((weight * 1024) + 50) / 100;
    }

    /// <summary>The scheduler weight a container with <paramref name="shares"/> ends up with under a given runtime.</summary>
    /// <param name="shares">Docker <c>--cpu-shares</c>. Range: 2 ≤ shares ≤ 262144.</param>
    /// <param name="conversion">How the runtime writes shares (cgroup v1 keeps them).</param>
    public static long EffectiveSchedulerWeight(long shares, SharesConversion conversion)
    {
        if (shares < MinShares || shares > MaxShares)
        {
            throw new ArgumentOutOfRangeException(nameof(shares), shares, "cpu.shares must be between 2 and 262144.");
        }

        return conversion == SharesConversion.CgroupV1 ? shares : SchedulerWeight(SharesToWeight(shares, conversion));
    }

    /// <summary>Docker <c>--cpus</c> → CFS quota in µs: cpus × period.</summary>
    /// <param name="cpus">CPUs. Range: &gt; 0.</param>
    /// <param name="periodUs">CFS period in µs. Range: 1000 ≤ period ≤ 1000000. Default 100000.</param>
    /// <returns>cfs_quota_us (rounded to the nearest µs).</returns>
    /// <exception cref="ArgumentOutOfRangeException">cpus ≤ 0, the period is out of range, or the quota would be below 1 ms.</exception>
    public static long CpusToQuotaUs(double cpus, long periodUs = DefaultPeriodUs)
    {
        Allocation.Guard.PositiveFinite(cpus, nameof(cpus), "CPUs");
        ValidatePeriod(periodUs);
        var quota = (long)Math.Round(cpus * periodUs);
        if (quota < 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(cpus), cpus, "The quota cpus x period must be at least 1000 us (1 ms).");
        }

        return quota;
    }

    /// <summary>CFS bandwidth limit in CPUs: quota / period.</summary>
    /// <param name="quotaUs">cfs_quota_us. Range: ≥ 1000.</param>
    /// <param name="periodUs">cfs_period_us. Range: 1000 ≤ period ≤ 1000000.</param>
    public static double QuotaToCpus(long quotaUs, long periodUs = DefaultPeriodUs)
    {
        if (quotaUs < 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(quotaUs), quotaUs, "The quota must be at least 1000 us (1 ms).");
        }

        ValidatePeriod(periodUs);
        return (double)quotaUs / periodUs;
    }

    /// <summary>Kubernetes request in millicores → cpu.shares: 0 → 2, else m·1024/1000 clamped to [2, 262144].</summary>
    /// <param name="milliCpu">CPU request in millicores. Range: ≥ 0.</param>
    public static long MilliCpuToShares(long milliCpu)
    {
        if (milliCpu < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(milliCpu), milliCpu, "Millicores must be >= 0.");
        }

        return milliCpu == 0 ? MinShares : Math.Clamp(milliCpu * 1024 / 1000, MinShares, MaxShares);
    }

    /// <summary>Kubernetes limit in millicores → CFS quota in µs: 0 → 0 (no quota), else m·period/1000, at least 1000.</summary>
    /// <param name="milliCpu">CPU limit in millicores. Range: ≥ 0.</param>
    /// <param name="periodUs">CFS period in µs. Range: 1000 ≤ period ≤ 1000000.</param>
    public static long MilliCpuToQuotaUs(long milliCpu, long periodUs = DefaultPeriodUs)
    {
        if (milliCpu < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(milliCpu), milliCpu, "Millicores must be >= 0.");
        }

        ValidatePeriod(periodUs);
        return milliCpu == 0 ? 0 : Math.Max(1000, milliCpu * periodUs / 1000);
    }

    private static void ValidateWeight(long weight)
    {
        if (weight < MinWeight || weight > MaxWeight)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "cpu.weight must be between 1 and 10000.");
        }
    }

    private static void ValidatePeriod(long periodUs)
    {
        if (periodUs < 1000 || periodUs > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(periodUs), periodUs, "The CFS period must be between 1000 us (1 ms) and 1000000 us (1 s).");
        }
    }
}
