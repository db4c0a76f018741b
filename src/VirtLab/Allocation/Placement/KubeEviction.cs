namespace VirtLab.Allocation.Placement;

/// <summary>The order in which the kubelet evicts pods when a node runs short of memory.</summary>
/// <remarks>
/// Source: Kubernetes documentation, "Node-pressure Eviction", section "Pod selection for kubelet eviction": the kubelet
/// ranks pods by (1) whether their usage of the starved resource exceeds their requests, (2) Pod Priority, then
/// (3) their usage relative to their requests; kubernetes/kubernetes <c>pkg/kubelet/eviction/helpers.go</c>
/// (<c>rankMemoryPressure</c>: <c>exceedMemoryRequests</c>, <c>priority</c>, <c>memory</c>). The QoS class is not a key
/// of its own: BestEffort pods (request 0) usually exceed their request and so tend to go first, but a Burstable pod
/// above its request and of lower priority is evicted before them.
/// </remarks>
public static class KubeEviction
{
    /// <summary>Ranks pods in eviction order under memory pressure (first element = evicted first).</summary>
    /// <param name="pods">The node's pods. At least one.</param>
    /// <returns>The pods, first to be evicted first. Ties keep the input order.</returns>
    /// <exception cref="ArgumentException">No pods, a negative amount, or a pod without a name.</exception>
    /// <example>A (BestEffort, using 200 MiB, priority 1000), B (request 1 GiB, using 1.5 GiB, priority 0), C (request 2 GiB,
    /// using 1.9 GiB): B, A, C. A and B exceed their requests; B's priority is lower.</example>
    public static IReadOnlyList<PodMemoryUse> RankForMemoryPressure(IReadOnlyList<PodMemoryUse> pods)
    {
        ArgumentNullException.ThrowIfNull(pods);
        if (pods.Count == 0)
        {
            throw new ArgumentException("A node under pressure has at least one pod to rank.", nameof(pods));
        }

        foreach (var pod in pods)
        {
            if (pod is null || string.IsNullOrWhiteSpace(pod.Name))
            {
                throw new ArgumentException("Every pod needs a name.", nameof(pods));
            }

            if (pod.RequestBytes < 0 || pod.UsageBytes < 0)
            {
                throw new ArgumentException($"Pod '{pod.Name}' has a negative request or usage; both must be >= 0 bytes.", nameof(pods));
            }
        }

        // OrderBy is stable, as the kubelet's sort is for equal keys.
        return pods
            .OrderByDescending(p => p.ExceedsRequest)
            .ThenBy(p => p.Priority)
            .ThenByDescending(p => p.UsageBytes - p.RequestBytes)
            .ToList();
    }
}
