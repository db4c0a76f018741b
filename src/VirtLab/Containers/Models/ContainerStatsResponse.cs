using System.Text.Json.Serialization;

namespace VirtLab.Containers.Models;

/// <summary>One sample of <c>GET /containers/{id}/stats</c> (<c>docker stats</c>).</summary>
public sealed class ContainerStatsResponse
{
    /// <summary>When this sample was read.</summary>
    public DateTimeOffset Read { get; set; }

    /// <summary>When the previous sample was read.</summary>
    public DateTimeOffset PreRead { get; set; }

    /// <summary>CPU counters now.</summary>
    [JsonPropertyName("cpu_stats")]
    public CpuStats? CpuStats { get; set; }

    /// <summary>CPU counters at <see cref="PreRead"/>.</summary>
    [JsonPropertyName("precpu_stats")]
    public CpuStats? PreCpuStats { get; set; }

    /// <summary>Memory counters.</summary>
    [JsonPropertyName("memory_stats")]
    public MemoryStats? MemoryStats { get; set; }

    /// <summary>Process count.</summary>
    [JsonPropertyName("pids_stats")]
    public PidsStats? PidsStats { get; set; }
}

/// <summary>CPU counters of a container.</summary>
public sealed class CpuStats
{
    /// <summary>CPU time used.</summary>
    [JsonPropertyName("cpu_usage")]
    public CpuUsage? CpuUsage { get; set; }

    /// <summary>Host-wide CPU time in ns over all CPUs (from /proc/stat, 10 ms steps).</summary>
    [JsonPropertyName("system_cpu_usage")]
    public ulong SystemUsage { get; set; }

    /// <summary>CPUs online on the host.</summary>
    [JsonPropertyName("online_cpus")]
    public uint OnlineCpus { get; set; }

    /// <summary>CFS bandwidth throttling counters.</summary>
    [JsonPropertyName("throttling_data")]
    public ThrottlingData? ThrottlingData { get; set; }
}

/// <summary>CPU time a container used.</summary>
public sealed class CpuUsage
{
    /// <summary>Total CPU time in ns.</summary>
    [JsonPropertyName("total_usage")]
    public ulong TotalUsage { get; set; }

    /// <summary>Per-CPU time in ns (cgroup v1 only).</summary>
    [JsonPropertyName("percpu_usage")]
    public IList<ulong>? PercpuUsage { get; set; }

    /// <summary>Kernel-mode time in ns.</summary>
    [JsonPropertyName("usage_in_kernelmode")]
    public ulong UsageInKernelmode { get; set; }

    /// <summary>User-mode time in ns.</summary>
    [JsonPropertyName("usage_in_usermode")]
    public ulong UsageInUsermode { get; set; }
}

/// <summary>CFS bandwidth throttling counters.</summary>
public sealed class ThrottlingData
{
    /// <summary>Enforcement periods.</summary>
    [JsonPropertyName("periods")]
    public ulong Periods { get; set; }

    /// <summary>Periods in which the container was throttled.</summary>
    [JsonPropertyName("throttled_periods")]
    public ulong ThrottledPeriods { get; set; }

    /// <summary>Total throttled time in ns.</summary>
    [JsonPropertyName("throttled_time")]
    public ulong ThrottledTime { get; set; }
}

/// <summary>Memory counters of a container.</summary>
public sealed class MemoryStats
{
    /// <summary>Memory charged to the cgroup, in bytes (includes page cache).</summary>
    [JsonPropertyName("usage")]
    public ulong Usage { get; set; }

    /// <summary>Peak usage (cgroup v1 only).</summary>
    [JsonPropertyName("max_usage")]
    public ulong MaxUsage { get; set; }

    /// <summary>The limit in bytes (host memory when none is set).</summary>
    [JsonPropertyName("limit")]
    public ulong Limit { get; set; }

    /// <summary>Times the limit was hit (v1) or OOM events (v2).</summary>
    [JsonPropertyName("failcnt")]
    public ulong Failcnt { get; set; }

    /// <summary>Detailed counters (<c>total_inactive_file</c> on v1, <c>inactive_file</c> on v2, …).</summary>
    [JsonPropertyName("stats")]
    public IDictionary<string, ulong>? Stats { get; set; }
}

/// <summary>Process counters of a container.</summary>
public sealed class PidsStats
{
    /// <summary>Processes now.</summary>
    [JsonPropertyName("current")]
    public ulong Current { get; set; }
}
