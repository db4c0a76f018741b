using VirtLab.Containers.Models;

namespace VirtLab.Containers;

/// <summary>The numbers <c>docker stats</c> shows, computed from stats samples exactly as the Docker CLI does.</summary>
/// <remarks>
/// Source: docker/cli <c>cli/command/container/stats_helpers.go</c> (<c>calculateCPUPercentUnix</c>,
/// <c>calculateMemUsageUnixNoCache</c>). CPU % = Δcontainer / Δsystem × online CPUs × 100, where Δsystem
/// is host-wide CPU time; 100 % is one full CPU. Memory = usage − inactive file pages
/// (<c>total_inactive_file</c> on cgroup v1, <c>inactive_file</c> on v2).
/// </remarks>
public static class DockerStats
{
    /// <summary>CPU use as <c>docker stats</c> prints it, in percent of one CPU (max = online CPUs × 100).</summary>
    /// <param name="sample">A sample whose <c>precpu_stats</c> is filled (from a <c>stream=false</c> call or a streamed sample after the first).</param>
    /// <returns>0 when either delta is not positive, as the CLI does.</returns>
    public static double CpuPercent(ContainerStatsResponse sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var now = sample.CpuStats ?? throw new ArgumentException("The sample has no cpu_stats.", nameof(sample));
        var before = sample.PreCpuStats ?? new CpuStats();
        return CpuPercent(before, now);
    }

    /// <summary>CPU use in percent of one CPU between two counter readings of one container.</summary>
    public static double CpuPercent(CpuStats before, CpuStats now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        var cpuDelta = (double)(now.CpuUsage?.TotalUsage ?? 0) - (before.CpuUsage?.TotalUsage ?? 0);
        var systemDelta = (double)now.SystemUsage - before.SystemUsage;
        var online = now.OnlineCpus != 0 ? now.OnlineCpus : (uint)(now.CpuUsage?.PercpuUsage?.Count ?? 0);
        if (cpuDelta <= 0 || systemDelta <= 0 || online == 0)
        {
            return 0;
        }

        return cpuDelta / systemDelta * online * 100.0;
    }

    /// <summary>Memory in use as <c>docker stats</c> prints it: usage minus inactive file cache, in bytes.</summary>
    public static ulong MemoryUsage(ContainerStatsResponse sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var memory = sample.MemoryStats ?? throw new ArgumentException("The sample has no memory_stats.", nameof(sample));
        var stats = memory.Stats;
        if (stats is not null)
        {
            if (stats.TryGetValue("total_inactive_file", out var v1) && v1 < memory.Usage)
            {
                return memory.Usage - v1;
            }

            if (stats.TryGetValue("inactive_file", out var v2) && v2 < memory.Usage)
            {
                return memory.Usage - v2;
            }
        }

        return memory.Usage;
    }

    /// <summary>Memory in use as a percentage of the container's limit (host memory when none is set).</summary>
    public static double MemoryPercent(ContainerStatsResponse sample)
    {
        var limit = sample?.MemoryStats?.Limit ?? 0;
        return limit == 0 ? 0 : MemoryUsage(sample!) * 100.0 / limit;
    }

    /// <summary>CPU time a container used between two samples, in seconds.</summary>
    public static double CpuSeconds(ContainerStatsResponse first, ContainerStatsResponse second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = first.CpuStats?.CpuUsage?.TotalUsage ?? 0;
        var b = second.CpuStats?.CpuUsage?.TotalUsage ?? 0;
        if (b < a)
        {
            throw new ArgumentException("The second sample has less CPU time than the first: pass them in time order, from the same container run.", nameof(second));
        }

        return (b - a) / 1e9;
    }
}
