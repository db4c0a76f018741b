namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /containers/{id}/update</c>: resource settings changed live.</summary>
public class ContainerUpdateParameters
{
    /// <summary>Relative CPU weight.</summary>
    public long? CpuShares { get; set; }

    /// <summary>CPU quota in 10⁻⁹ CPUs.</summary>
    public long? NanoCpus { get; set; }

    /// <summary>CPUs the container may use.</summary>
    public string? CpusetCpus { get; set; }

    /// <summary>Memory limit in bytes.</summary>
    public long? Memory { get; set; }

    /// <summary>Memory plus swap in bytes.</summary>
    public long? MemorySwap { get; set; }

    /// <summary>Soft memory limit in bytes.</summary>
    public long? MemoryReservation { get; set; }

    /// <summary>Maximum number of processes.</summary>
    public long? PidsLimit { get; set; }

    /// <summary>Restart policy.</summary>
    public RestartPolicy? RestartPolicy { get; set; }
}
