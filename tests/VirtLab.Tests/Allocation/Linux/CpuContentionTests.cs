using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation;
using VirtLab.Allocation.Linux;
using static VirtLab.Tests.Allocation.AllocationAssert;

namespace VirtLab.Tests.Allocation.Linux;

public sealed class CpuContentionTests
{
    [Fact] // Docker docs: shares are relative under contention -> 1024:512 on one CPU
    public void Shares_split_one_contended_cpu()
    {
        var r = Allocate.ContainerCpu(2, [new("a", 1024, Cpuset: [0]), new("b", 512, Cpuset: [0])]);
        Close([2.0 / 3, 1.0 / 3], r.Cpus, 1e-12);
        Assert.Equal(2.0 / 3, r["a"], 12);
    }

    [Theory, InlineData(2L), InlineData(1024L), InlineData(262144L)] // shares matter only under contention
    public void A_container_alone_gets_the_whole_cpu_whatever_its_shares(long shares) =>
        Assert.Equal(1.0, Allocate.ContainerCpu(1, [new("solo", shares)]).Cpus[0], 12);

    [Fact] // Docker --cpus is a hard cap (CFS quota)
    public void Cpus_caps_even_when_the_cpu_is_idle() =>
        Assert.Equal(0.25, Allocate.ContainerCpu(1, [new("capped", Cpus: 0.25)]).Cpus[0], 12);

    [Fact]
    public void A_capped_container_leaves_the_rest_to_others()
    {
        var r = Allocate.ContainerCpu(1, [new("capped", 4096, Cpus: 0.25), new("other", 1024)]);
        Close([0.25, 0.75], r.Cpus, 1e-12);
    }

    [Fact]
    public void Unpinned_single_threaded_containers_spread_over_cpus()
    {
        var r = Allocate.ContainerCpu(2, Enumerable.Range(0, 3).Select(i => new ContainerCpu($"c{i}", Threads: 1)).ToArray());
        Close([2.0 / 3, 2.0 / 3, 2.0 / 3], r.Cpus, 1e-12);
    }

    [Fact]
    public void A_group_spread_over_two_cpus_splits_its_weight()
    {
        // calc_group_shares: a's 1024 split 512 per CPU; on CPU 0 it meets b's 1024.
        var r = Allocate.ContainerCpu(2, [new("a", 1024, Cpuset: [0, 1]), new("b", 1024, Cpuset: [0])]);
        Close([1.0 / 3 + 1, 2.0 / 3], r.Cpus, 1e-12);
        Close([1.0 / 3, 1.0], r.PerCpu[0], 1e-12);
    }

    [Fact]
    public void Cgroup_v2_with_new_runc_skews_a_2_to_1_share_ratio()
    {
        var r = Allocate.ContainerCpu(1, [new("a", 1024), new("b", 512)], SharesConversion.Runc);
        var wa = CgroupCpu.SchedulerWeight(100);
        var wb = CgroupCpu.SchedulerWeight(CgroupCpu.SharesToWeight(512));
        Assert.Equal((double)wa / (wa + wb), r.Cpus[0], 12);
        Assert.True(r.Cpus[0] < 2.0 / 3);
    }

    [Fact]
    public void Percent_reads_like_docker_stats() =>
        Close([66.666666666, 33.333333333], Allocate.ContainerCpu(1, [new("a", 1024), new("b", 512)]).Percent, 1e-6);

    [Fact]
    public void Display()
    {
        var r = Allocate.ContainerCpu(1, [new("a", 1024), new("b", 512)]);
        Assert.Equal("CpuContention(1 CPU) → a 0.666667, b 0.333333", r.ToString());
        Assert.Contains("<td>a</td>", r.ToHtml());
    }

    [Fact]
    public void Rejects_cpuset_outside_the_host() =>
        Assert.Equal("containers", Assert.Throws<ArgumentException>(() => Allocate.ContainerCpu(2, [new("a", Cpuset: [2])])).ParamName);

    [Fact]
    public void Rejects_shares_out_of_range() =>
        Assert.Equal("containers", Assert.Throws<ArgumentException>(() => Allocate.ContainerCpu(1, [new("a", 1)])).ParamName);

    [Fact]
    public void Rejects_zero_host_cpus() =>
        Assert.Equal("hostCpus", Assert.Throws<ArgumentOutOfRangeException>(() => Allocate.ContainerCpu(0, [new("a")])).ParamName);

    [Fact]
    public void Property_no_cpu_is_over_full_and_no_cap_is_exceeded()
    {
        var container = from shares in Gen.Choose(2, 4096)
                        from capped in Gen.Elements(true, false)
                        from cap in Gen.Choose(1, 20)
                        from pin in Gen.Choose(-1, 3)
                        select new ContainerCpu("c", shares, capped ? cap / 10.0 : null, pin < 0 ? null : [pin]);
        Prop.ForAll(container.ArrayOf().Where(a => a.Length is > 0 and < 12).ToArbitrary(), cs =>
        {
            var r = Allocate.ContainerCpu(4, cs);
            var cpusOk = Enumerable.Range(0, 4).All(cpu => r.PerCpu.Sum(row => row[cpu]) <= 1 + 1e-9);
            var capsOk = cs.Select((c, i) => r.Cpus[i] <= (c.Cpus ?? double.PositiveInfinity) + 1e-9 && r.Cpus[i] <= (c.Cpuset?.Count ?? 4) + 1e-9).All(x => x);
            return cpusOk && capsOk;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_pinned_busy_containers_share_a_cpu_in_proportion_to_shares() =>
        Prop.ForAll(Gen.Choose(2, 262144).ArrayOf().Where(a => a.Length is > 0 and < 10).ToArbitrary(), shares =>
        {
            var r = Allocate.ContainerCpu(1, shares.Select(s => new ContainerCpu("c", s)).ToArray());
            var total = shares.Sum(s => (double)s);
            return shares.Select((s, i) => Math.Abs(r.Cpus[i] - (s / total)) < 1e-9).All(x => x);
        }).QuickCheckThrowOnFailure();
}
