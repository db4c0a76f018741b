using VirtLab.Allocation.Linux;

namespace VirtLab.Tests.Allocation.Linux;

public sealed class CgroupCpuTests
{
    [Theory] // opencontainers/cgroups utils_test.go (new formula)
    [InlineData(0L, 0L)]
    [InlineData(1L, 1L)]
    [InlineData(2L, 1L)]
    [InlineData(3L, 2L)]
    [InlineData(1024L, 100L)]
    [InlineData(262143L, 10000L)]
    [InlineData(262144L, 10000L)]
    [InlineData(262145L, 10000L)]
    public void Runc_conversion_matches_upstream_tests(long shares, long weight) =>
        Assert.Equal(weight, CgroupCpu.SharesToWeight(shares, SharesConversion.Runc));

    [Fact] // lesson 07a: 512 / 1024 / 2048 shares under runc >= 1.3.2 (PR #4785), computed with upstream's formula by hand
    public void Runc_conversion_gives_the_lesson_split()
    {
        long[] weights = [.. new long[] { 512, 1024, 2048 }.Select(s => CgroupCpu.SharesToWeight(s, SharesConversion.Runc))];
        Assert.Equal([59L, 100L, 174L], weights);
        var kernel = new long[] { 512, 1024, 2048 }.Select(s => (double)CgroupCpu.EffectiveSchedulerWeight(s, SharesConversion.Runc)).ToArray();
        Assert.Equal([0.177, 0.300, 0.523], kernel.Select(w => Math.Round(w / kernel.Sum(), 3)));
    }

    [Theory] // opencontainers/cgroups old formula; 1024 -> 39 is the bug behind kubernetes#131216
    [InlineData(0L, 0L)]
    [InlineData(2L, 1L)]
    [InlineData(3L, 1L)]
    [InlineData(1024L, 39L)]
    [InlineData(262143L, 9999L)]
    [InlineData(262144L, 10000L)]
    public void Legacy_runc_conversion_matches_upstream_tests(long shares, long weight) =>
        Assert.Equal(weight, CgroupCpu.SharesToWeight(shares, SharesConversion.RuncLegacy));

    [Theory] // systemd src/core/cgroup.c
    [InlineData(2L, 1L)]
    [InlineData(512L, 50L)]
    [InlineData(1024L, 100L)]
    [InlineData(2048L, 200L)]
    [InlineData(262144L, 10000L)]
    public void Systemd_conversion_is_linear(long shares, long weight) =>
        Assert.Equal(weight, CgroupCpu.SharesToWeight(shares, SharesConversion.Systemd));

    [Theory] // systemd inverse
    [InlineData(1L, 10L)]
    [InlineData(100L, 1024L)]
    [InlineData(10000L, 102400L)]
    public void Systemd_weight_to_shares(long weight, long shares) => Assert.Equal(shares, CgroupCpu.WeightToShares(weight));

    [Theory] // kernel DIV_ROUND_CLOSEST(weight * 1024, 100), derived vectors in formulas.md section 3b
    [InlineData(1L, 10L)]
    [InlineData(50L, 512L)]
    [InlineData(100L, 1024L)]
    [InlineData(200L, 2048L)]
    [InlineData(10000L, 102400L)]
    public void Kernel_scheduler_weight(long weight, long scheduler) => Assert.Equal(scheduler, CgroupCpu.SchedulerWeight(weight));

    [Theory] // Docker resource constraints doc
    [InlineData(1.5, 150000L)]
    [InlineData(0.5, 50000L)]
    public void Docker_cpus_to_quota(double cpus, long quota) => Assert.Equal(quota, CgroupCpu.CpusToQuotaUs(cpus));

    [Theory] // kernel sched-bwc examples
    [InlineData(250000L, 250000L, 1.0)]
    [InlineData(1000000L, 500000L, 2.0)]
    [InlineData(10000L, 50000L, 0.2)]
    public void Quota_over_period(long quota, long period, double cpus) => Assert.Equal(cpus, CgroupCpu.QuotaToCpus(quota, period), 12);

    [Theory] // kubelet helpers_linux.go, derived vectors in formulas.md section 3d
    [InlineData(0L, 2L, 0L)]
    [InlineData(1L, 2L, 1000L)]
    [InlineData(100L, 102L, 10000L)]
    [InlineData(250L, 256L, 25000L)]
    [InlineData(1000L, 1024L, 100000L)]
    [InlineData(1500L, 1536L, 150000L)]
    public void Kubelet_mapping(long milli, long shares, long quota)
    {
        Assert.Equal(shares, CgroupCpu.MilliCpuToShares(milli));
        Assert.Equal(quota, CgroupCpu.MilliCpuToQuotaUs(milli));
    }

    [Fact]
    public void Effective_weight_under_cgroup_v2_changes_the_ratio()
    {
        Assert.Equal(512, CgroupCpu.EffectiveSchedulerWeight(512, SharesConversion.CgroupV1));
        Assert.Equal(1024, CgroupCpu.EffectiveSchedulerWeight(1024, SharesConversion.Runc));
        Assert.Equal(CgroupCpu.SchedulerWeight(CgroupCpu.SharesToWeight(512)), CgroupCpu.EffectiveSchedulerWeight(512, SharesConversion.Runc));
    }

    [Fact]
    public void Rejects_quota_below_one_millisecond() =>
        Assert.Equal("cpus", Assert.Throws<ArgumentOutOfRangeException>(() => CgroupCpu.CpusToQuotaUs(0.001)).ParamName);

    [Fact]
    public void Rejects_period_out_of_range() =>
        Assert.Equal("periodUs", Assert.Throws<ArgumentOutOfRangeException>(() => CgroupCpu.CpusToQuotaUs(1, 500)).ParamName);

    [Fact]
    public void Rejects_weight_out_of_range() =>
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => CgroupCpu.WeightToShares(0)).ParamName);

    [Fact]
    public void Rejects_negative_shares() =>
        Assert.Equal("shares", Assert.Throws<ArgumentOutOfRangeException>(() => CgroupCpu.SharesToWeight(-1)).ParamName);
}
