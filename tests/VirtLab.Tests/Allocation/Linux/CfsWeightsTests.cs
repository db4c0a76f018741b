using VirtLab.Allocation.Linux;

namespace VirtLab.Tests.Allocation.Linux;

public sealed class CfsWeightsTests
{
    // kernel/sched/core.c sched_prio_to_weight[], nice -20 .. 19 (formulas.md section 3a).
    private static readonly int[] KernelWeights =
    [
        88761, 71755, 56483, 46273, 36291, 29154, 23254, 18705, 14949, 11916,
        9548, 7620, 6100, 4904, 3906, 3121, 2501, 1991, 1586, 1277,
        1024, 820, 655, 526, 423, 335, 272, 215, 172, 137,
        110, 87, 70, 56, 45, 36, 29, 23, 18, 15,
    ];

    [Fact]
    public void Weight_table_matches_the_kernel()
    {
        for (var nice = -20; nice <= 19; nice++)
        {
            Assert.Equal(KernelWeights[nice + 20], CfsWeights.Weight(nice));
        }
    }

    [Theory] // sched_prio_to_wmult: four entries are one below round(2^32 / w)
    [InlineData(-20, 48388u)]
    [InlineData(0, 4194304u)]
    [InlineData(13, 76695844u)]
    [InlineData(14, 95443717u)]
    [InlineData(16, 148102320u)]
    [InlineData(17, 186737708u)]
    [InlineData(19, 286331153u)]
    public void Inverse_weights_match_the_kernel(int nice, uint wmult) => Assert.Equal(wmult, CfsWeights.InverseWeight(nice));

    [Fact]
    public void Inverse_weights_are_about_two_to_the_32_over_weight()
    {
        for (var nice = -20; nice <= 19; nice++)
        {
            Assert.InRange(Math.Abs((4294967296.0 / CfsWeights.Weight(nice)) - CfsWeights.InverseWeight(nice)), 0, 1.5);
        }
    }

    [Theory] // formulas.md section 3a vectors
    [InlineData(0, 1, 0.555315)]
    [InlineData(0, 5, 0.753495)]
    [InlineData(-10, 0, 0.903140)]
    [InlineData(-20, 19, 0.999831)]
    public void Two_task_shares(int a, int b, double shareOfA) => Assert.Equal(shareOfA, CfsWeights.CpuShares([a, b])[0], 6);

    [Theory]
    [InlineData(0, 1_000_000.0)]
    [InlineData(5, 3_056_716.0)]
    [InlineData(19, 68_266_667.0)]
    public void Vruntime_advances_faster_for_nicer_tasks(int nice, double ns) =>
        Assert.Equal(ns, CfsWeights.VruntimeDelta(1_000_000, nice), 0);

    [Fact]
    public void Slices_for_nice_0_and_1_in_a_6_ms_period()
    {
        var slices = CfsWeights.SlicesNs([0, 1]);
        Assert.Equal(3_331_887, slices[0], 0);
        Assert.Equal(2_668_113, slices[1], 0);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 3)]
    [InlineData(8, 4)]
    [InlineData(64, 4)]
    public void Tunable_scale(int cpus, int factor) => Assert.Equal(factor, CfsWeights.TunableScale(cpus));

    [Fact]
    public void Period_stretches_beyond_eight_tasks()
    {
        Assert.Equal(6_000_000, CfsWeights.PeriodNs(8));
        Assert.Equal(9 * 750_000, CfsWeights.PeriodNs(9));
        Assert.Equal(24_000_000, CfsWeights.PeriodNs(2, cpus: 8));
    }

    [Fact]
    public void Neighbouring_nice_levels_differ_by_about_25_percent()
    {
        for (var nice = -20; nice < 19; nice++)
        {
            Assert.InRange((double)CfsWeights.Weight(nice) / CfsWeights.Weight(nice + 1), 1.2, 1.3);
        }
    }

    [Theory, InlineData(-21), InlineData(20)]
    public void Rejects_nice_out_of_range(int nice) =>
        Assert.Equal("nice", Assert.Throws<ArgumentOutOfRangeException>(() => CfsWeights.Weight(nice)).ParamName);
}
