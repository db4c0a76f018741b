namespace VirtLab.Containers.Models;

/// <summary>Host-dependent settings of a container: resources (cgroups), ports, mounts, restart policy.</summary>
public class HostConfig
{
    /// <summary>Relative CPU weight (<c>--cpu-shares</c>; cgroup v1 <c>cpu.shares</c>, default 1024). Matters only under contention.</summary>
    public long? CpuShares { get; set; }

    /// <summary>CPU quota in 10⁻⁹ CPUs (<c>--cpus 0.5</c> = 500000000). Exclusive with CpuPeriod/CpuQuota.</summary>
    public long? NanoCpus { get; set; }

    /// <summary>CFS period in µs (<c>--cpu-period</c>).</summary>
    public long? CpuPeriod { get; set; }

    /// <summary>CFS quota in µs per period (<c>--cpu-quota</c>).</summary>
    public long? CpuQuota { get; set; }

    /// <summary>CPUs the container may use, e.g. <c>"0"</c> or <c>"0-1"</c> (<c>--cpuset-cpus</c>).</summary>
    public string? CpusetCpus { get; set; }

    /// <summary>Memory limit in bytes (<c>--memory</c>).</summary>
    public long? Memory { get; set; }

    /// <summary>Memory plus swap in bytes; equal to Memory means no swap; -1 unlimited.</summary>
    public long? MemorySwap { get; set; }

    /// <summary>Soft memory limit in bytes (<c>--memory-reservation</c>).</summary>
    public long? MemoryReservation { get; set; }

    /// <summary>Disable the OOM killer for this container.</summary>
    public bool? OomKillDisable { get; set; }

    /// <summary>Maximum number of processes (<c>--pids-limit</c>).</summary>
    public long? PidsLimit { get; set; }

    /// <summary>What the engine does when the container exits (<c>--restart</c>).</summary>
    public RestartPolicy? RestartPolicy { get; set; }

    /// <summary>Mount the root filesystem read-only.</summary>
    public bool? ReadonlyRootfs { get; set; }

    /// <summary>Kernel capabilities to add.</summary>
    public IList<string>? CapAdd { get; set; }

    /// <summary>Kernel capabilities to drop, e.g. <c>["ALL"]</c>.</summary>
    public IList<string>? CapDrop { get; set; }

    /// <summary>Security options, e.g. <c>no-new-privileges</c>.</summary>
    public IList<string>? SecurityOpt { get; set; }

    /// <summary>Give the container all capabilities and devices.</summary>
    public bool? Privileged { get; set; }

    /// <summary><c>bridge</c>, <c>host</c>, <c>none</c>, <c>container:ID</c> or a network name.</summary>
    public string? NetworkMode { get; set; }

    /// <summary>Container port (<c>80/tcp</c>) to host ports (<c>-p</c>).</summary>
    public IDictionary<string, IList<PortBinding>>? PortBindings { get; set; }

    /// <summary>Bind mounts as <c>source:target[:ro]</c> (<c>-v</c>).</summary>
    public IList<string>? Binds { get; set; }

    /// <summary>Mounts (<c>--mount</c>).</summary>
    public IList<Mount>? Mounts { get; set; }

    /// <summary>tmpfs mounts: path to options (<c>--tmpfs</c>).</summary>
    public IDictionary<string, string>? Tmpfs { get; set; }

    /// <summary>Remove the container when it exits (<c>--rm</c>).</summary>
    public bool? AutoRemove { get; set; }

    /// <summary>Run an init process as PID 1 (<c>--init</c>).</summary>
    public bool? Init { get; set; }
}
