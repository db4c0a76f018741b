namespace VirtLab.Allocation.Placement;

/// <summary>The CPU and memory requests and limits of one container (null = not set).</summary>
/// <param name="CpuRequest">CPU request (millicores), or null.</param>
/// <param name="CpuLimit">CPU limit (millicores), or null.</param>
/// <param name="MemoryRequest">Memory request, or null.</param>
/// <param name="MemoryLimit">Memory limit, or null.</param>
public sealed record ContainerResources(long? CpuRequest = null, long? CpuLimit = null, long? MemoryRequest = null, long? MemoryLimit = null);
