using MathNet.Numerics.Optimization;
using VirtLab.Reliability.Recovery;

namespace VirtLab.Tests.Reliability.Recovery;

public sealed class CheckpointIntervalTests
{
    [Theory] // formulas.md 10b vectors (derived from Young 1974 and Daly 2006 eq. 37, as in LLNL SCR)
    [InlineData(5, 1440, 120.000000, 116.689815)]
    [InlineData(60, 86400, 3219.937888, 3180.062114)]
    [InlineData(600, 86400, 10182.337649, 9786.266020)]
    [InlineData(1, 100, 14.142136, 13.483326)]
    public void Young_and_Daly_match_the_table(double delta, double mtbf, double young, double daly)
    {
        Assert.Equal(young, CheckpointInterval.Young(delta, mtbf), tolerance: 1e-6);
        Assert.Equal(daly, CheckpointInterval.Daly(delta, mtbf), tolerance: 1e-6);
    }

    [Fact]
    public void Daly_returns_the_mtbf_when_a_checkpoint_costs_more_than_two_mtbf() =>
        Assert.Equal(10, CheckpointInterval.Daly(25, 10));

    [Fact]
    public void Daly_is_closer_than_Young_to_the_true_optimum_of_the_model()
    {
        // minimise T_w(tau) of Daly's complete model numerically, then compare both estimates
        const double delta = 600, mtbf = 86400, restart = 600, solve = 1e6;
        var best = GoldenSectionMinimizer.Minimum(
            ObjectiveFunction.ScalarValue(tau => CheckpointInterval.ExpectedWallTime(solve, tau, delta, restart, mtbf)),
            100, 80_000, 1e-6).MinimizingPoint;
        var daly = CheckpointInterval.Daly(delta, mtbf);
        var young = CheckpointInterval.Young(delta, mtbf);
        Assert.True(Math.Abs(daly - best) < Math.Abs(young - best), $"optimum {best}, Daly {daly}, Young {young}");
        Assert.InRange(Math.Abs(daly - best) / best, 0, 0.01);
    }

    [Fact]
    public void Overhead_is_delta_over_tau() => Assert.Equal(5.0 / 120, CheckpointInterval.Overhead(5, 120), 12);

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Equal("checkpointCost", Assert.Throws<ArgumentOutOfRangeException>(() => CheckpointInterval.Young(0, 1)).ParamName);
        Assert.Equal("mtbf", Assert.Throws<ArgumentOutOfRangeException>(() => CheckpointInterval.Daly(1, double.NaN)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => CheckpointInterval.Overhead(1, -2)).ParamName);
        Assert.Equal("restartCost", Assert.Throws<ArgumentOutOfRangeException>(() => CheckpointInterval.ExpectedWallTime(1, 1, 1, -1, 1)).ParamName);
    }
}
