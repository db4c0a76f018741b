namespace VirtLab.Scheduling;

/// <summary>How a hypervisor places the vCPUs of a multiprocessor guest on pCPUs (see <see cref="CoScheduling"/>).</summary>
public enum CoSchedulingPolicy
{
    /// <summary>Every vCPU is scheduled on its own, round robin; siblings may run at different times.</summary>
    Independent,

    /// <summary>Strict gang co-scheduling (Ousterhout 1982): all vCPUs of a guest run together or not at all.</summary>
    Strict,

    /// <summary>Relaxed co-scheduling (VMware ESX): vCPUs run on their own, but a vCPU that gets ahead of its slowest
    /// sibling by the skew limit is co-stopped and the lagging siblings are started first.</summary>
    Relaxed,
}
