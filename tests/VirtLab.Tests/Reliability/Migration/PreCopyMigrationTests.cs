using VirtLab.Reliability.Migration;

namespace VirtLab.Tests.Reliability.Migration;

public sealed class PreCopyMigrationTests
{
    [Fact] // formulas.md section 11, Liu et al. geometric model vector (derived)
    public void Matches_the_geometric_model_example()
    {
        var result = PreCopyMigration.Simulate(memory: 1024, bandwidth: 100, dirtyRate: 25, PreCopyStopCondition.Liu(threshold: 4));
        Assert.Equal(new double[] { 1024, 256, 64, 16, 4 }, result.Rounds.Select(r => r.Data));
        Assert.Equal(4, result.PreCopyRounds);
        Assert.Equal(1364, result.TotalData, 9);
        Assert.Equal(13.64, result.TotalTime, 9);
        Assert.Equal(0.040, result.Downtime, 12);
        Assert.True(result.Converged);
        Assert.Equal(4, PreCopyMigration.GeometricRounds(1024, 0.25, 4));
        Assert.Equal(1364, PreCopyMigration.GeometricTotalData(1024, 0.25, 4), 9);
    }

    [Fact] // formulas.md section 11: same VM with QEMU's 300 ms downtime limit (threshold 0.1 MB/ms x 300 ms = 30 MB)
    public void Matches_the_qemu_switch_over_example()
    {
        var result = PreCopyMigration.Simulate(1024, 100, 25, PreCopyStopCondition.Qemu(bandwidth: 100));
        Assert.Equal(30, PreCopyStopCondition.Qemu(100).Threshold, 12);
        Assert.Equal(new double[] { 1024, 256, 64, 16 }, result.Rounds.Select(r => r.Data));
        Assert.Equal(0.160, result.Downtime, 12);
        Assert.Equal(1360, result.TotalData, 9);
        Assert.Equal(13.6, result.TotalTime, 9);
    }

    [Theory]
    [InlineData(2048, 0.3, 8)]
    [InlineData(4096, 0.5, 1)]
    [InlineData(1000, 0.1, 3)]
    public void Simulation_agrees_with_the_closed_forms(double memory, double lambda, double threshold)
    {
        var result = PreCopyMigration.Simulate(memory, 100, lambda * 100, PreCopyStopCondition.Liu(threshold));
        var n = PreCopyMigration.GeometricRounds(memory, lambda, threshold);
        Assert.Equal(n, result.PreCopyRounds);
        Assert.Equal(PreCopyMigration.GeometricTotalData(memory, lambda, n), result.TotalData, 6);
    }

    [Fact] // Xen xc_domain_save.c: at most 29 iterations, never more than 3x memory
    public void A_vm_dirtying_faster_than_the_link_hits_xens_limits()
    {
        var result = PreCopyMigration.Simulate(1024, 100, 150, PreCopyStopCondition.Xen(threshold: 4));
        Assert.False(result.Converged);
        Assert.Equal(PreCopyStopReason.DataLimit, result.StopReason);
        Assert.Equal(3, result.PreCopyRounds);          // 1024 x 3 rounds = 3x memory
        Assert.Equal(10.24, result.Downtime, 9);        // the whole memory is dirty again
        var slow = PreCopyMigration.Simulate(1024, 100, 99, new PreCopyStopCondition(4, 29, double.PositiveInfinity));
        Assert.Equal(PreCopyStopReason.RoundLimit, slow.StopReason);
        Assert.Equal(29, slow.PreCopyRounds);
    }

    [Fact] // 512 MiB at 1 Gbit/s (125e6 B/s) takes 4.295 s of downtime without pre-copy
    public void Stop_and_copy_downtime_matches_the_example() =>
        Assert.Equal(4.295, PreCopyMigration.StopAndCopyDowntime(512.0 * 1024 * 1024, 125e6), 3);

    [Fact]
    public void Resume_time_adds_to_downtime_and_displays()
    {
        var result = PreCopyMigration.Simulate(1024, 100, 25, PreCopyStopCondition.Liu(4), resumeTime: 0.02);
        Assert.Equal(0.060, result.Downtime, 12);
        Assert.Contains("downtime 60 ms", result.ToString());
        Assert.Contains("stop-and-copy", result.ToHtml());
    }

    [Fact]
    public void Rejects_bad_input()
    {
        var stop = PreCopyStopCondition.Liu(4);
        Assert.Equal("memory", Assert.Throws<ArgumentOutOfRangeException>(() => PreCopyMigration.Simulate(0, 1, 1, stop)).ParamName);
        Assert.Equal("bandwidth", Assert.Throws<ArgumentOutOfRangeException>(() => PreCopyMigration.Simulate(1, -1, 1, stop)).ParamName);
        Assert.Equal("dirtyRate", Assert.Throws<ArgumentOutOfRangeException>(() => PreCopyMigration.Simulate(1, 1, double.NaN, stop)).ParamName);
        Assert.Equal("MaxDataFactor", Assert.Throws<ArgumentOutOfRangeException>(() => PreCopyMigration.Simulate(1, 1, 1, new PreCopyStopCondition(1, 1, 0.5))).ParamName);
        Assert.Equal("dirtyRatio", Assert.Throws<ArgumentOutOfRangeException>(() => PreCopyMigration.GeometricRounds(1, 1, 1)).ParamName);
        Assert.Equal("downtimeLimit", Assert.Throws<ArgumentOutOfRangeException>(() => PreCopyStopCondition.Qemu(1, 0)).ParamName);
    }
}
