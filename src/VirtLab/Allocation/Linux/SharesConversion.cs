namespace VirtLab.Allocation.Linux;

/// <summary>How a runtime turns cgroup v1 <c>cpu.shares</c> (Docker's <c>--cpu-shares</c>) into cgroup v2 <c>cpu.weight</c>.</summary>
public enum SharesConversion
{
    /// <summary>cgroup v1: <c>cpu.shares</c> is written as is and is itself the scheduler weight.</summary>
    CgroupV1,

    /// <summary>runc / opencontainers/cgroups before PR #4785: weight = 1 + (shares − 2)·9999/262142 (1024 → 39).</summary>
    RuncLegacy,

    /// <summary>runc after PR #4785 (crun #1721): a log-quadratic curve that maps 2 → 1, 1024 → 100, 262144 → 10000.</summary>
    Runc,

    /// <summary>systemd's linear map: weight = clamp(shares·100/1024, 1, 10000).</summary>
    Systemd,
}
