using VirtLab.Reliability;
using VirtLab.Reliability.Recovery;

namespace VirtLab.Tests.Reliability.Recovery;

public sealed class RecoverySimulationTests
{
    private static readonly BackoffPolicy TenSeconds = new(TimeSpan.FromSeconds(10), 2, TimeSpan.FromMinutes(5));

    [Fact]
    public void Restart_downtime_is_detection_plus_backoff_plus_startup()
    {
        var strategy = new RestartStrategy(TenSeconds, StartupTime: 5);
        var timeline = RecoverySimulation.Run(strategy, mtbf: 3600, detectionTime: 3, horizon: 3600 * 2000, seed: 1);
        Assert.All(timeline.Incidents, i => Assert.Equal(18, i.Downtime, 9));
        Assert.All(timeline.Incidents, i => Assert.Equal(3, i.TimeToDetect, 9));
        Assert.Equal(Availability.FromMtbf(3600, 18), timeline.ExpectedAvailability, 12);
        Assert.Equal(timeline.ExpectedAvailability, timeline.Availability, tolerance: 3e-4);
        Assert.InRange(timeline.Incidents.Count, 1800, 2200);
    }

    [Fact]
    public void Crash_loops_grow_the_backoff_and_match_the_geometric_expectation()
    {
        var strategy = new RestartStrategy(TenSeconds, StartupTime: 5, StartFailureProbability: 0.5);
        // E = 3 + sum_k 0.5^k (10 * 2^k capped at 300, + 5)
        var expected = 3 + Enumerable.Range(0, 200).Sum(k => Math.Pow(0.5, k) * (Math.Min(300, 10 * Math.Pow(2, k)) + 5));
        Assert.Equal(expected, strategy.ExpectedDowntime(3), 9);
        var timeline = RecoverySimulation.Run(strategy, mtbf: 3600, detectionTime: 3, horizon: 3600 * 5000, seed: 2);
        Assert.True(timeline.Incidents.Max(i => i.Attempts) >= 5);
        var meanDowntime = timeline.Incidents.Average(i => i.Downtime);
        Assert.InRange(meanDowntime / expected, 0.9, 1.1);
    }

    [Fact]
    public void Failover_is_faster_than_restart_when_the_standby_is_ready()
    {
        // repairs (60 s) finish long before the next failure (MTBF 10 h), so the standby is always ready
        var failover = RecoverySimulation.Run(new FailoverStrategy(SwitchoverTime: 2, RepairTime: 60), 36_000, 3, 36_000 * 2000, seed: 3);
        var restart = RecoverySimulation.Run(new RestartStrategy(TenSeconds, 5), 36_000, 3, 36_000 * 2000, seed: 3);
        Assert.True(failover.Availability > restart.Availability, $"{failover}\n{restart}");
        Assert.Equal(Availability.FromMtbf(36_000, 5), failover.ExpectedAvailability, 12);
        Assert.Equal(failover.ExpectedAvailability, failover.Availability, tolerance: 3e-5);
        Assert.Equal(5, failover.MeanTimeToRecover, tolerance: 0.5);
    }

    [Fact]
    public void Failover_waits_for_a_standby_still_under_repair()
    {
        // repair takes far longer than the time between failures: most fail-overs wait for the repair
        var timeline = RecoverySimulation.Run(new FailoverStrategy(2, RepairTime: 36_000), 3600, 3, 3600 * 500, seed: 4);
        Assert.True(timeline.Incidents.Average(i => i.Downtime) > 100);
        Assert.True(timeline.Availability < timeline.ExpectedAvailability);
    }

    [Fact]
    public void Is_deterministic_and_displays()
    {
        var a = RecoverySimulation.Run(new RestartStrategy(TenSeconds, 5, 0.3), 100, 1, 10_000, seed: 9);
        var b = RecoverySimulation.Run(new RestartStrategy(TenSeconds, 5, 0.3), 100, 1, 10_000, seed: 9);
        Assert.Equal(a.Incidents, b.Incidents);
        Assert.Contains("restart", a.ToString());
        Assert.Contains("<table", a.ToHtml());
    }

    [Fact]
    public void Rejects_bad_input()
    {
        var ok = new RestartStrategy(TenSeconds, 5);
        Assert.Equal("mtbf", Assert.Throws<ArgumentOutOfRangeException>(() => RecoverySimulation.Run(ok, 0, 1, 1, 1)).ParamName);
        Assert.Equal("detectionTime", Assert.Throws<ArgumentOutOfRangeException>(() => RecoverySimulation.Run(ok, 1, -1, 1, 1)).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentOutOfRangeException>(() => RecoverySimulation.Run(ok, 1, 1, double.NaN, 1)).ParamName);
        Assert.Equal("StartFailureProbability", Assert.Throws<ArgumentOutOfRangeException>(() =>
            RecoverySimulation.Run(new RestartStrategy(TenSeconds, 5, 1), 1, 1, 1, 1)).ParamName);
        Assert.Equal("SwitchoverTime", Assert.Throws<ArgumentOutOfRangeException>(() =>
            RecoverySimulation.Run(new FailoverStrategy(-1, 1), 1, 1, 10, 1)).ParamName);
    }
}
