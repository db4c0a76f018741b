namespace VirtLab.Allocation.Placement;

/// <summary>A pod on a node under memory pressure, as the kubelet's eviction manager sees it.</summary>
/// <param name="Name">Pod name.</param>
/// <param name="RequestBytes">Sum of its containers' memory requests (0 for a BestEffort pod). Range: ≥ 0.</param>
/// <param name="UsageBytes">Its current memory usage (working set). Range: ≥ 0.</param>
/// <param name="Priority">Its Pod Priority (<c>spec.priority</c>, from its PriorityClass; default 0). Larger is more important.</param>
public sealed record PodMemoryUse(string Name, long RequestBytes, long UsageBytes, int Priority = 0)
{
    /// <summary>Whether the pod uses more memory than it requested.</summary>
    public bool ExceedsRequest => UsageBytes > RequestBytes;
}
