using VirtLab.Allocation.Linux;

namespace VirtLab.Allocation;

/// <summary>
/// The entry point for allocation questions in a notebook cell. Each method forwards to the algorithm class named in its
/// docs, which carries the source and the worked example.
/// </summary>
public static class Allocate
{
    /// <summary>Proportional share: aᵢ = C·wᵢ/Σw. See <see cref="ProportionalShare"/>.</summary>
    /// <param name="capacity">Capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="weights">Weight (shares) per client. Range: wᵢ ≥ 0, not all zero.</param>
    public static ResourceSplit ProportionalShare(double capacity, IReadOnlyList<double> weights) =>
        Allocation.ProportionalShare.Allocate(capacity, weights);

    /// <summary>Max-min fairness by water-filling. See <see cref="MaxMinFairness"/> (Keshav 1997).</summary>
    /// <param name="capacity">Capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="demands">Demand per client. Range: 0 ≤ dᵢ &lt; ∞.</param>
    public static ResourceSplit MaxMin(double capacity, IReadOnlyList<double> demands) =>
        MaxMinFairness.Allocate(capacity, demands);

    /// <summary>Weighted max-min fairness: aᵢ = min(dᵢ, wᵢ·λ). See <see cref="MaxMinFairness.AllocateWeighted"/>.</summary>
    /// <param name="capacity">Capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="demands">Demand per client. Range: 0 ≤ dᵢ &lt; ∞.</param>
    /// <param name="weights">Weight per client. Range: 0 &lt; wᵢ &lt; ∞.</param>
    public static ResourceSplit WeightedMaxMin(double capacity, IReadOnlyList<double> demands, IReadOnlyList<double> weights) =>
        MaxMinFairness.AllocateWeighted(capacity, demands, weights);

    /// <summary>Strict priority: higher classes first, max-min inside a class. See <see cref="Allocation.StrictPriority"/>.</summary>
    /// <param name="capacity">Capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="demands">Demand per client. Range: 0 ≤ dᵢ &lt; ∞.</param>
    /// <param name="priorities">Priority per client; larger is served first.</param>
    /// <param name="weights">Optional weight per client inside its class.</param>
    public static ResourceSplit StrictPriority(double capacity, IReadOnlyList<double> demands, IReadOnlyList<int> priorities, IReadOnlyList<double>? weights = null) =>
        Allocation.StrictPriority.Allocate(capacity, demands, priorities, weights);

    /// <summary>vSphere entitlement: shares clamped to reservation and limit, redistributed; nested pools. See <see cref="Allocation.Entitlement"/>.</summary>
    /// <param name="capacity">Capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="nodes">Top-level VMs and pools (<see cref="ResourceNode.Vm"/>, <see cref="ResourceNode.Pool"/>).</param>
    public static EntitlementResult Entitlement(double capacity, params ResourceNode[] nodes) =>
        Allocation.Entitlement.Allocate(capacity, nodes);

    /// <summary>Dominant Resource Fairness with whole tasks. See <see cref="Allocation.Drf.Allocate"/> (Ghodsi et al. 2011).</summary>
    /// <param name="capacities">Capacity per resource. Range: 0 &lt; Cⱼ &lt; ∞.</param>
    /// <param name="demands">Per-task demand vector per user.</param>
    /// <param name="weights">Optional weight per user.</param>
    /// <param name="maxTasks">Optional most tasks per user.</param>
    public static DrfAllocation Drf(IReadOnlyList<double> capacities, IReadOnlyList<IReadOnlyList<double>> demands, IReadOnlyList<double>? weights = null, IReadOnlyList<int>? maxTasks = null) =>
        Allocation.Drf.Allocate(capacities, demands, weights, maxTasks);

    /// <summary>Dominant Resource Fairness with divisible tasks. See <see cref="Allocation.Drf.AllocateDivisible"/>.</summary>
    /// <param name="capacities">Capacity per resource. Range: 0 &lt; Cⱼ &lt; ∞.</param>
    /// <param name="demands">Per-task demand vector per user.</param>
    /// <param name="weights">Optional weight per user.</param>
    /// <param name="maxTasks">Optional most tasks per user.</param>
    public static DrfAllocation DrfDivisible(IReadOnlyList<double> capacities, IReadOnlyList<IReadOnlyList<double>> demands, IReadOnlyList<double>? weights = null, IReadOnlyList<double>? maxTasks = null) =>
        Allocation.Drf.AllocateDivisible(capacities, demands, weights, maxTasks);

    /// <summary>Capacity-based admission with overcommit ratios. See <see cref="OvercommitAdmission"/>.</summary>
    /// <param name="host">Physical inventory.</param>
    /// <param name="requests">VM requests in arrival order.</param>
    /// <param name="ratios">Allocation ratios; default OpenStack's CPU 16:1, RAM 1.5:1, disk 1:1.</param>
    public static AdmissionResult Admit(HostCapacity host, IEnumerable<VmRequest> requests, OvercommitRatios? ratios = null) =>
        OvercommitAdmission.Admit(host, requests, ratios);

    /// <summary>Predicted CPU of busy containers (shares, --cpus, cpusets). See <see cref="CpuContention"/>.</summary>
    /// <param name="hostCpus">Host CPUs. Range: ≥ 1.</param>
    /// <param name="containers">The containers.</param>
    /// <param name="conversion">How shares reach the kernel (cgroup v1 by default).</param>
    public static CpuContentionResult ContainerCpu(int hostCpus, IReadOnlyList<ContainerCpu> containers, SharesConversion conversion = SharesConversion.CgroupV1) =>
        CpuContention.Predict(hostCpus, containers, conversion);
}
