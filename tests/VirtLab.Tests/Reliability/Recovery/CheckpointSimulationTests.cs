using VirtLab.Reliability.Recovery;

namespace VirtLab.Tests.Reliability.Recovery;

public sealed class CheckpointSimulationTests
{
    [Theory]
    [InlineData(60.0)]   // checkpoints too often
    [InlineData(300.0)]  // near Daly's optimum for delta = 5, M = 1440, R = 5 (about 117)
    [InlineData(720.0)]  // too rarely
    public void Simulated_wall_time_agrees_with_Dalys_model(double tau)
    {
        var run = CheckpointSimulation.Run(solveTime: 7200, interval: tau, checkpointCost: 5, restartCost: 5, mtbf: 1440, replications: 400, seed: 11);
        var z = (run.MeanWallTime - run.ExpectedWallTime) / run.StandardError;
        Assert.InRange(Math.Abs(z), 0, 4);
        Assert.True(run.MeanFailures > 1, "the job should see failures");
    }

    [Fact]
    public void The_interval_near_the_optimum_beats_the_extremes()
    {
        double Wall(double tau) => CheckpointSimulation.Run(7200, tau, 5, 5, 1440, 400, seed: 5).MeanWallTime;
        var optimum = CheckpointInterval.Daly(5, 1440);
        Assert.True(Wall(optimum) < Wall(10));
        Assert.True(Wall(optimum) < Wall(1440));
    }

    [Fact]
    public void Is_deterministic_for_a_seed_and_displays()
    {
        var a = CheckpointSimulation.Run(1000, 100, 5, 5, 500, 10, seed: 3);
        var b = CheckpointSimulation.Run(1000, 100, 5, 5, 500, 10, seed: 3);
        Assert.Equal(a, b);
        Assert.Contains("tau = 100", a.ToString());
        Assert.Contains("<table", a.ToHtml());
    }

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Equal("replications", Assert.Throws<ArgumentOutOfRangeException>(() => CheckpointSimulation.Run(1, 1, 1, 1, 1, 1, 0)).ParamName);
        Assert.Equal("solveTime", Assert.Throws<ArgumentOutOfRangeException>(() => CheckpointSimulation.Run(0, 1, 1, 1, 1, 5, 0)).ParamName);
    }
}
