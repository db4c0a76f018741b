namespace VirtLab.Allocation;

/// <summary>A compute host's physical inventory, as OpenStack Placement records it (VCPU, MEMORY_MB, DISK_GB).</summary>
/// <param name="Cpus">Physical CPUs (total VCPU inventory). Range: &gt; 0.</param>
/// <param name="MemoryMb">Physical memory in MB. Range: &gt; 0.</param>
/// <param name="DiskGb">Local disk in GB. Range: ≥ 0 (0 = do not check disk).</param>
/// <param name="ReservedCpus">CPUs kept for the host. Range: 0 ≤ reserved &lt; total.</param>
/// <param name="ReservedMemoryMb">Memory kept for the host (Nova's <c>reserved_host_memory_mb</c>, default 512). Range: 0 ≤ reserved &lt; total.</param>
/// <param name="ReservedDiskGb">Disk kept for the host. Range: 0 ≤ reserved ≤ total.</param>
public sealed record HostCapacity(
    double Cpus,
    double MemoryMb,
    double DiskGb = 0,
    double ReservedCpus = 0,
    double ReservedMemoryMb = 0,
    double ReservedDiskGb = 0)
{
    /// <summary>Reads like an inventory line.</summary>
    public override string ToString() =>
        $"Host({Format.Number(Cpus)} CPU, {Format.Number(MemoryMb)} MB, {Format.Number(DiskGb)} GB; reserved {Format.Number(ReservedCpus)}, {Format.Number(ReservedMemoryMb)}, {Format.Number(ReservedDiskGb)})";
}
