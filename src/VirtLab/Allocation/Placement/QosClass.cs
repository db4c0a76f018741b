namespace VirtLab.Allocation.Placement;

/// <summary>Kubernetes pod quality-of-service class (<c>status.qosClass</c>).</summary>
public enum QosClass
{
    /// <summary>No container has a CPU or memory request or limit; evicted first under node pressure.</summary>
    BestEffort,

    /// <summary>Not Guaranteed, and at least one container has a CPU or memory request or limit.</summary>
    Burstable,

    /// <summary>Every container has CPU and memory limits, and requests equal to them; evicted last.</summary>
    Guaranteed,
}
