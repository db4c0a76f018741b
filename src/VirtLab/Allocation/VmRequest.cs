namespace VirtLab.Allocation;

/// <summary>A VM asking to be admitted (a flavor): vCPUs, memory and disk.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Vcpus">Virtual CPUs. Range: ≥ 0.</param>
/// <param name="MemoryMb">Memory in MB. Range: ≥ 0.</param>
/// <param name="DiskGb">Root disk in GB. Range: ≥ 0.</param>
public sealed record VmRequest(string Name, double Vcpus, double MemoryMb, double DiskGb = 0)
{
    /// <summary>Reads like a flavor: <c>web(2 vCPU, 4096 MB, 20 GB)</c>.</summary>
    public override string ToString() => $"{Name}({Format.Number(Vcpus)} vCPU, {Format.Number(MemoryMb)} MB, {Format.Number(DiskGb)} GB)";
}
