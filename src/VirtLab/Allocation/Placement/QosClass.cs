namespace VirtLab.Allocation.Placement;

/// <summary>Kubernetes pod quality-of-service class (<c>status.qosClass</c>).</summary>
public enum QosClass
{
    /// <summary>No container has a CPU or memory request or limit; any memory use exceeds its (zero) request, so it is an early eviction candidate.</summary>
    BestEffort,

    /// <summary>Not Guaranteed, and at least one container has a CPU or memory request or limit.</summary>
    Burstable,

    /// <summary>Every container has CPU and memory limits, and requests equal to them; its usage cannot exceed its requests, so it is among the last evicted.</summary>
    Guaranteed,
}
