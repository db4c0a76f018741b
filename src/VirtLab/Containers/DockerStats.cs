using Docker.DotNet;
using Docker.DotNet.Models;

namespace VirtLab.Containers;

/// <summary>The numbers <c>docker stats</c> shows, computed from Docker.DotNet stats samples exactly as the Docker CLI does.</summary>
/// <remarks>
/// Source: docker/cli <c>cli/command/container/stats_helpers.go</c> (<c>calculateCPUPercentUnix</c>,
/// <c>calculateMemUsageUnixNoCache</c>). CPU % = Δcontainer / Δsystem × online CPUs × 100, where Δsystem
/// is host-wide CPU time; 100 % is one full CPU. Memory = usage − inactive file pages
/// (<c>total_inactive_file</c> on cgroup v1, <c>inactive_file</c> on v2).
/// </remarks>
public static class DockerStats
{
    /// <summary>Reads one stats sample of a container (<c>GET /containers/{id}/stats?stream=false</c>).</summary>
    /// <param name="client">The engine.</param>
    /// <param name="containerId">The container's id or name.</param>
    /// <param name="oneShot">
    /// <see langword="true"/>: answer at once, without <c>precpu_stats</c> (API 1.41+); enough when you take two samples
    /// yourself (<see cref="CpuSeconds"/>). <see langword="false"/>: the engine waits for its next sample so that
    /// <c>precpu_stats</c> is filled (about 1–2 s), as <c>docker stats --no-stream</c> does, for <see cref="CpuPercent(ContainerStatsResponse)"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    public static async Task<ContainerStatsResponse> SampleAsync(IDockerClient client, string containerId, bool oneShot = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(containerId);
        ContainerStatsResponse? sample = null;
        await client.Containers.GetContainerStatsAsync(
            containerId,
            new ContainerStatsParameters { Stream = false, OneShot = oneShot ? true : null },
            new ImmediateProgress<ContainerStatsResponse>(value => sample = value),
            cancellationToken).ConfigureAwait(false);
        return sample ?? throw new InvalidOperationException($"The engine sent no stats sample for container '{containerId}'.");
    }

    /// <summary>CPU use as <c>docker stats</c> prints it, in percent of one CPU (max = online CPUs × 100).</summary>
    /// <param name="sample">A sample whose <c>precpu_stats</c> is filled (from a <c>stream=false</c> call or a streamed sample after the first).</param>
    /// <returns>0 when either delta is not positive, as the CLI does.</returns>
    public static double CpuPercent(ContainerStatsResponse sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var now = sample.CPUStats ?? throw new ArgumentException("The sample has no cpu_stats.", nameof(sample));
        return CpuPercent(sample.PreCPUStats ?? new CPUStats(), now);
    }

    /// <summary>CPU use in percent of one CPU between two counter readings of one container.</summary>
    public static double CpuPercent(CPUStats before, CPUStats now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        var cpuDelta = (double)(now.CPUUsage?.TotalUsage ?? 0) - (before.CPUUsage?.TotalUsage ?? 0);
        var systemDelta = (double)(now.SystemUsage ?? 0) - (before.SystemUsage ?? 0);
        var online = now.OnlineCPUs is > 0 ? now.OnlineCPUs.Value : (uint)(now.CPUUsage?.PercpuUsage?.Count ?? 0);
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
        var usage = memory.Usage ?? 0;
        var stats = memory.Stats;
        if (stats is not null)
        {
            if (stats.TryGetValue("total_inactive_file", out var v1) && v1 < usage)
            {
                return usage - v1;
            }

            if (stats.TryGetValue("inactive_file", out var v2) && v2 < usage)
            {
                return usage - v2;
            }
        }

        return usage;
    }

    /// <summary>Memory in use as a percentage of the container's limit (host memory when none is set).</summary>
    public static double MemoryPercent(ContainerStatsResponse sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var limit = sample.MemoryStats?.Limit ?? 0;
        return limit == 0 ? 0 : MemoryUsage(sample) * 100.0 / limit;
    }

    /// <summary>CPU time a container used between two samples, in seconds.</summary>
    public static double CpuSeconds(ContainerStatsResponse first, ContainerStatsResponse second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = first.CPUStats?.CPUUsage?.TotalUsage ?? 0;
        var b = second.CPUStats?.CPUUsage?.TotalUsage ?? 0;
        if (b < a)
        {
            throw new ArgumentException("The second sample has less CPU time than the first: pass them in time order, from the same container run.", nameof(second));
        }

        return (b - a) / 1e9;
    }
}
