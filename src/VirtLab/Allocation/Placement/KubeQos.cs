namespace VirtLab.Allocation.Placement;

/// <summary>Kubernetes QoS classification of a pod from its containers' requests and limits.</summary>
/// <remarks>Source: Kubernetes documentation, "Pod Quality of Service Classes" and "Configure Quality of Service for
/// Pods": Guaranteed if every container (init containers included) has CPU and memory limits and requests equal to
/// them (a missing request defaults to the limit); Burstable if not Guaranteed and some container has a CPU or memory
/// request or limit; BestEffort otherwise. The class does not by itself set the kubelet's eviction order (see
/// <see cref="KubeEviction"/>); it sets the kernel OOM killer's preference through oom_score_adj (Kubernetes docs,
/// "Node-pressure Eviction", "Node out of memory behavior": -997 Guaranteed, 1000 BestEffort, in between Burstable).</remarks>
public static class KubeQos
{
    /// <summary>The QoS class of a pod.</summary>
    /// <param name="containers">All containers of the pod, init containers included. At least one.</param>
    /// <example>One container with cpu 500m/500m and memory 1Gi/1Gi → Guaranteed; cpu request only → Burstable.</example>
    /// <exception cref="ArgumentException">No containers, or a negative amount.</exception>
    public static QosClass Classify(IReadOnlyList<ContainerResources> containers)
    {
        ArgumentNullException.ThrowIfNull(containers);
        if (containers.Count == 0)
        {
            throw new ArgumentException("A pod has at least one container.", nameof(containers));
        }

        bool guaranteed = true, anySet = false;
        foreach (var c in containers)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(containers));
            if (new[] { c.CpuRequest, c.CpuLimit, c.MemoryRequest, c.MemoryLimit }.Any(v => v < 0))
            {
                throw new ArgumentOutOfRangeException(nameof(containers), c, "Requests and limits must not be negative.");
            }

            anySet |= c.CpuRequest is not null || c.CpuLimit is not null || c.MemoryRequest is not null || c.MemoryLimit is not null;
            guaranteed &= IsPinned(c.CpuRequest, c.CpuLimit) && IsPinned(c.MemoryRequest, c.MemoryLimit);
        }

        return guaranteed ? QosClass.Guaranteed : anySet ? QosClass.Burstable : QosClass.BestEffort;
    }

    // A limit with no request gets request = limit.
    private static bool IsPinned(long? request, long? limit) => limit is not null && (request ?? limit) == limit;
}
