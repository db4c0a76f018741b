namespace VirtLab.Scheduling;

/// <summary>The Linux kernel's nice → load-weight table used by CFS.</summary>
/// <remarks>Source: Linux <c>kernel/sched/core.c</c>, <c>sched_prio_to_weight[40]</c> and <c>sched_prio_to_wmult[40]</c>
/// (embedded, not computed: four wmult entries differ from round(2³²/w)). Nice 0 has weight 1024 (NICE_0_LOAD);
/// each nice step changes the weight by about 1.25×, about 10 % of CPU. Tested: nice 0 vs 5 shares 1024/1359.</remarks>
public static class CfsWeights
{
    /// <summary>Weight of nice 0 (NICE_0_LOAD).</summary>
    public const int Nice0Load = 1024;

    private static readonly int[] s_weight =
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

    private static readonly uint[] s_inverseWeight =
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

    /// <summary>The load weight of a nice value (<c>sched_prio_to_weight</c>).</summary>
    /// <param name="nice">Nice value. Range: -20 ≤ nice ≤ 19.</param>
    /// <exception cref="ArgumentOutOfRangeException">Nice is outside -20..19.</exception>
    public static int Weight(int nice) => s_weight[Index(nice)];

    /// <summary>2³²/weight as the kernel precomputes it (<c>sched_prio_to_wmult</c>).</summary>
    /// <param name="nice">Nice value. Range: -20 ≤ nice ≤ 19.</param>
    /// <exception cref="ArgumentOutOfRangeException">Nice is outside -20..19.</exception>
    public static uint InverseWeight(int nice) => s_inverseWeight[Index(nice)];

    /// <summary>CPU share of each runnable task on one CPU: wᵢ / Σw.</summary>
    /// <param name="nices">Nice value per task.</param>
    /// <exception cref="ArgumentException">The list is empty or a nice value is out of range.</exception>
    public static double[] Shares(params int[] nices)
    {
        ArgumentNullException.ThrowIfNull(nices);
        if (nices.Length == 0)
        {
            throw new ArgumentException("Give at least one nice value.", nameof(nices));
        }

        var weights = nices.Select(Weight).ToArray();
        double total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }

    private static int Index(int nice)
    {
        if (nice is < -20 or > 19)
        {
            throw new ArgumentOutOfRangeException(nameof(nice), nice, "Nice must be in -20..19.");
        }

        return nice + 20;
    }
}
