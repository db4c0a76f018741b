namespace VirtLab.Allocation.Linux;

/// <summary>The Linux CFS nice → weight table and the formulas built on it (CPU share, vruntime, period, slice).</summary>
/// <remarks>
/// Source: Linux <c>kernel/sched/core.c</c>, <c>sched_prio_to_weight[40]</c> and <c>sched_prio_to_wmult[40]</c> (embedded
/// verbatim, tested entry by entry); <c>kernel/sched/fair.c</c> for <c>sysctl_sched_latency</c> = 6 ms,
/// <c>sysctl_sched_min_granularity</c> = 0.75 ms, <c>sched_nr_latency</c> = 8 and the scaling factor
/// 1 + ilog2(min(ncpus, 8)) of <c>get_update_sysctl_factor</c>. The period/slice formulas describe CFS before Linux 6.6;
/// EEVDF (6.6+) keeps the weights. Worked examples (tested): nice 0 vs 5 → 1024/1359 = 0.753495; slices for nice 0 and 1
/// in a 6 ms period → 3.33189 ms and 2.66811 ms.
/// </remarks>
public static class CfsWeights
{
    /// <summary>Weight of a nice-0 task (NICE_0_LOAD).</summary>
    public const int Nice0Weight = 1024;

    /// <summary>Lowest nice value (highest priority).</summary>
    public const int MinNice = -20;

    /// <summary>Highest nice value (lowest priority).</summary>
    public const int MaxNice = 19;

    /// <summary><c>sysctl_sched_latency</c> before scaling, in ns.</summary>
    public const long BaseLatencyNs = 6_000_000;

    /// <summary><c>sysctl_sched_min_granularity</c> before scaling, in ns.</summary>
    public const long BaseMinGranularityNs = 750_000;

    /// <summary><c>sched_nr_latency</c>: above this many runnable tasks the period stretches.</summary>
    public const int NrLatency = 8;

    // kernel/sched/core.c, sched_prio_to_weight[], nice -20 .. 19.
    private static readonly int[] Weights =
    [
        88761, 71755, 56483, 46273, 36291,
        29154, 23254, 18705, 14949, 11916,
        9548, 7620, 6100, 4904, 3906,
        3121, 2501, 1991, 1586, 1277,
        1024, 820, 655, 526, 423,
        335, 272, 215, 172, 137,
        110, 87, 70, 56, 45,
        36, 29, 23, 18, 15,
    ];

    // kernel/sched/core.c, sched_prio_to_wmult[] (2^32 / weight, precomputed; four entries are one below rounding).
    private static readonly uint[] InverseWeights =
    [
        48388, 59856, 76040, 92818, 118348,
        147320, 184698, 229616, 287308, 360437,
        449829, 563644, 704093, 875809, 1099582,
        1376151, 1717300, 2157191, 2708050, 3363326,
        4194304, 5237765, 6557202, 8165337, 10153587,
        12820798, 15790321, 19976592, 24970740, 31350126,
        39045157, 49367440, 61356676, 76695844, 95443717,
        119304647, 148102320, 186737708, 238609294, 286331153,
    ];

    /// <summary>The kernel's load weight for <paramref name="nice"/>.</summary>
    /// <param name="nice">Nice value. Range: −20 ≤ nice ≤ 19.</param>
    /// <exception cref="ArgumentOutOfRangeException">nice is outside [−20, 19].</exception>
    public static int Weight(int nice) => Weights[Index(nice)];

    /// <summary>The kernel's precomputed 2³²/weight for <paramref name="nice"/> (<c>sched_prio_to_wmult</c>).</summary>
    /// <param name="nice">Nice value. Range: −20 ≤ nice ≤ 19.</param>
    public static uint InverseWeight(int nice) => InverseWeights[Index(nice)];

    /// <summary>CPU share of each always-runnable task on one CPU: wᵢ / Σw.</summary>
    /// <param name="nices">Nice value per task. Range: each in [−20, 19]; at least one task.</param>
    /// <returns>Fractions of the CPU summing to 1.</returns>
    public static double[] CpuShares(IReadOnlyList<int> nices)
    {
        ArgumentNullException.ThrowIfNull(nices);
        if (nices.Count == 0)
        {
            throw new ArgumentException("There are no tasks; give at least one nice value.", nameof(nices));
        }

        var w = nices.Select(n => (double)Weight(n)).ToArray();
        var total = w.Sum();
        return w.Select(x => x / total).ToArray();
    }

    /// <summary>Virtual runtime charged for running <paramref name="executionNs"/>: Δvruntime = Δexec × 1024 / w.</summary>
    /// <param name="executionNs">Real execution time in ns. Range: ≥ 0.</param>
    /// <param name="nice">Nice value. Range: −20 ≤ nice ≤ 19.</param>
    public static double VruntimeDelta(double executionNs, int nice)
    {
        Allocation.Guard.NonNegativeFinite(executionNs, nameof(executionNs), "Execution time");
        return executionNs * Nice0Weight / Weight(nice);
    }

    /// <summary>Scaling factor of the CFS tunables: 1 + ilog2(min(ncpus, 8)) (<c>SCHED_TUNABLESCALING_LOG</c>).</summary>
    /// <param name="cpus">Online CPUs. Range: ≥ 1.</param>
    public static int TunableScale(int cpus)
    {
        if (cpus < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(cpus), cpus, "The CPU count must be >= 1.");
        }

        return 1 + (int)Math.Log2(Math.Min(cpus, 8));
    }

    /// <summary>CFS scheduling period in ns: latency if nr ≤ 8, else nr × min granularity (both scaled for <paramref name="cpus"/>).</summary>
    /// <param name="runnable">Runnable tasks on the run queue. Range: ≥ 1.</param>
    /// <param name="cpus">Online CPUs (sets the scaling factor). Range: ≥ 1. Default 1 (unscaled).</param>
    public static long PeriodNs(int runnable, int cpus = 1)
    {
        if (runnable < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(runnable), runnable, "There must be at least one runnable task.");
        }

        var scale = TunableScale(cpus);
        return runnable <= NrLatency ? BaseLatencyNs * scale : runnable * BaseMinGranularityNs * scale;
    }

    /// <summary>Time slice of each task in ns: period × wᵢ / Σw.</summary>
    /// <param name="nices">Nice value per runnable task. Range: each in [−20, 19]; at least one.</param>
    /// <param name="cpus">Online CPUs (scaling factor). Range: ≥ 1. Default 1.</param>
    public static double[] SlicesNs(IReadOnlyList<int> nices, int cpus = 1)
    {
        var shares = CpuShares(nices);
        var period = PeriodNs(nices.Count, cpus);
        return shares.Select(s => s * period).ToArray();
    }

    private static int Index(int nice)
    {
        if (nice < MinNice || nice > MaxNice)
        {
            throw new ArgumentOutOfRangeException(nameof(nice), nice, "Nice must be between -20 and 19.");
        }

        return nice - MinNice;
    }
}
