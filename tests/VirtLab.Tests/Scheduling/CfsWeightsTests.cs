using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class CfsWeightsTests
{
    [Theory] // kernel/sched/core.c sched_prio_to_weight
    [InlineData(-20, 88761)]
    [InlineData(-17, 46273)]
    [InlineData(-16, 36291)]
    [InlineData(-1, 1277)]
    [InlineData(0, 1024)]
    [InlineData(1, 820)]
    [InlineData(5, 335)]
    [InlineData(19, 15)]
    public void Weight_Should_Match_The_Kernel_Table(int nice, int weight) => Assert.Equal(weight, CfsWeights.Weight(nice));

    [Theory] // sched_prio_to_wmult: nice 13, 14, 16, 17 are one less than round(2^32 / w)
    [InlineData(0, 4194304u)]
    [InlineData(13, 76695844u)]
    [InlineData(14, 95443717u)]
    [InlineData(16, 148102320u)]
    [InlineData(17, 186737708u)]
    public void InverseWeight_Should_Match_The_Kernel_Table(int nice, uint wmult) => Assert.Equal(wmult, CfsWeights.InverseWeight(nice));

    [Theory] // formulas.md §3a vectors
    [InlineData(0, 1, 0.555315)]
    [InlineData(0, 5, 0.753495)]
    [InlineData(-10, 0, 0.903140)]
    [InlineData(-20, 19, 0.999831)]
    public void Shares_Should_Be_Weight_Over_Total(int a, int b, double share) =>
        Assert.Equal(share, CfsWeights.Shares(a, b)[0], 6);

    [Fact]
    public void Neighbouring_Levels_Should_Differ_By_About_1_25()
    {
        for (var nice = -20; nice < 19; nice++)
        {
            Assert.InRange((double)CfsWeights.Weight(nice) / CfsWeights.Weight(nice + 1), 1.19, 1.31);
        }
    }

    [Theory, InlineData(-21), InlineData(20)]
    public void Weight_Should_Reject_Out_Of_Range_Nice(int nice) =>
        Assert.Equal("nice", Assert.Throws<ArgumentOutOfRangeException>(() => CfsWeights.Weight(nice)).ParamName);
}
