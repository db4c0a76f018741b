namespace VirtLab.Allocation.Placement;

/// <summary>A Kubernetes node with CPU and memory, for <see cref="KubeScoring"/>.</summary>
/// <param name="Name">Node name.</param>
/// <param name="CpuMilli">Allocatable CPU in millicores. Range: &gt; 0.</param>
/// <param name="Memory">Allocatable memory (any unit, the same as the pods'). Range: &gt; 0.</param>
/// <param name="RequestedCpuMilli">CPU already requested by the pods on the node. Range: ≥ 0.</param>
/// <param name="RequestedMemory">Memory already requested by the pods on the node. Range: ≥ 0.</param>
public sealed record KubeNode(string Name, long CpuMilli, long Memory, long RequestedCpuMilli = 0, long RequestedMemory = 0)
{
    /// <summary>The node's cpu and memory as the scorer sees them with a pod of the given requests added.</summary>
    /// <param name="podCpuMilli">The incoming pod's CPU request in millicores. Range: ≥ 0.</param>
    /// <param name="podMemory">The incoming pod's memory request. Range: ≥ 0.</param>
    /// <param name="cpuWeight">Weight of cpu. Range: 1..100.</param>
    /// <param name="memoryWeight">Weight of memory. Range: 1..100.</param>
    public IReadOnlyList<ResourceUse> With(long podCpuMilli, long podMemory, long cpuWeight = 1, long memoryWeight = 1) =>
    [
        new("cpu", RequestedCpuMilli + podCpuMilli, CpuMilli, cpuWeight),
        new("memory", RequestedMemory + podMemory, Memory, memoryWeight),
    ];
}
