using Docker.DotNet.Models;
using VirtLab.Containers;

namespace VirtLab.Tests.Containers;

public sealed class DockerStatsTests
{
    private static ContainerStatsResponse Sample(ulong total, ulong system, ulong preTotal, ulong preSystem, uint online = 2) => new()
    {
        CPUStats = new CPUStats { CPUUsage = new CPUUsage { TotalUsage = total }, SystemUsage = system, OnlineCPUs = online },
        PreCPUStats = new CPUStats { CPUUsage = new CPUUsage { TotalUsage = preTotal }, SystemUsage = preSystem, OnlineCPUs = online },
    };

    [Fact]
    public void CpuPercent_matches_the_docker_cli_formula_on_the_observed_sample()
    {
        // docker-and-qmp.md §4.3: container A used 8.604 s of CPU while system_cpu_usage advanced by
        // 2 × 12.93 s on 2 CPUs; docker stats showed about 66.6 %.
        var sample = Sample(total: 8_604_000_000, system: 25_860_000_000, preTotal: 0, preSystem: 0);
        Assert.Equal(66.54, DockerStats.CpuPercent(sample), 2);
    }

    [Fact]
    public void CpuPercent_is_zero_when_a_delta_is_not_positive()
    {
        Assert.Equal(0, DockerStats.CpuPercent(Sample(100, 1000, 100, 500)));
        Assert.Equal(0, DockerStats.CpuPercent(Sample(200, 1000, 100, 1000)));
    }

    [Fact]
    public void CpuPercent_falls_back_to_the_percpu_count()
    {
        var sample = Sample(1_000, 2_000, 0, 0, online: 0);
        sample.CPUStats!.CPUUsage!.PercpuUsage = [500, 500, 0, 0];
        Assert.Equal(200, DockerStats.CpuPercent(sample), 9);
    }

    [Fact]
    public void MemoryUsage_subtracts_inactive_file_as_docker_stats_does()
    {
        // §4.1 observed: usage − total_inactive_file = 335 872 B (328 KiB) on cgroup v1.
        var v1 = new ContainerStatsResponse { MemoryStats = new MemoryStats { Usage = 2_252_800, Limit = 1 << 30, Stats = new Dictionary<string, ulong> { ["total_inactive_file"] = 1_916_928, ["cache"] = 1_921_024 } } };
        Assert.Equal(335_872UL, DockerStats.MemoryUsage(v1));
        var v2 = new ContainerStatsResponse { MemoryStats = new MemoryStats { Usage = 1000, Stats = new Dictionary<string, ulong> { ["inactive_file"] = 400 } } };
        Assert.Equal(600UL, DockerStats.MemoryUsage(v2));
        var none = new ContainerStatsResponse { MemoryStats = new MemoryStats { Usage = 1000 } };
        Assert.Equal(1000UL, DockerStats.MemoryUsage(none));
    }

    [Fact]
    public void CpuSeconds_refuses_samples_out_of_order()
    {
        var early = Sample(5_000_000_000, 0, 0, 0);
        var late = Sample(7_500_000_000, 0, 0, 0);
        Assert.Equal(2.5, DockerStats.CpuSeconds(early, late), 9);
        var ex = Assert.Throws<ArgumentException>(() => DockerStats.CpuSeconds(late, early));
        Assert.Equal("second", ex.ParamName);
    }
}
