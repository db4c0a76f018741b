using VirtLab.Display;

namespace VirtLab.Allocation;

/// <summary>The outcome of admitting a stream of VM requests on one host with overcommit.</summary>
/// <param name="Host">The physical inventory.</param>
/// <param name="Ratios">The allocation ratios used.</param>
/// <param name="Decisions">One decision per request, in order.</param>
/// <param name="CpuCapacity">(CPUs − reserved) × CPU ratio, in vCPUs.</param>
/// <param name="MemoryCapacityMb">(MB − reserved) × RAM ratio.</param>
/// <param name="DiskCapacityGb">(GB − reserved) × disk ratio (not checked when the host has no disk).</param>
/// <param name="CpuUsed">vCPUs placed.</param>
/// <param name="MemoryUsedMb">MB placed.</param>
/// <param name="DiskUsedGb">GB placed.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record AdmissionResult(
    HostCapacity Host,
    OvercommitRatios Ratios,
    IReadOnlyList<AdmissionDecision> Decisions,
    double CpuCapacity,
    double MemoryCapacityMb,
    double DiskCapacityGb,
    double CpuUsed,
    double MemoryUsedMb,
    double DiskUsedGb) : IHtmlRenderable
{
    /// <summary>Number of admitted VMs.</summary>
    public int AdmittedCount => Decisions.Count(d => d.Admitted);

    /// <summary>The rejected decisions.</summary>
    public IReadOnlyList<AdmissionDecision> Rejections => Decisions.Where(d => !d.Admitted).ToArray();

    /// <summary>vCPUs placed per physical CPU (&gt; 1 means the host is overcommitted).</summary>
    public double CpuOvercommit => CpuUsed / Host.Cpus;

    /// <summary>MB placed per physical MB.</summary>
    public double MemoryOvercommit => MemoryUsedMb / Host.MemoryMb;

    /// <summary>Fraction of the overcommitted CPU capacity in use.</summary>
    public double CpuUtilisation => CpuUsed / CpuCapacity;

    /// <summary>Fraction of the overcommitted memory capacity in use.</summary>
    public double MemoryUtilisation => MemoryUsedMb / MemoryCapacityMb;

    /// <summary>Reads like a summary line.</summary>
    public override string ToString() =>
        $"Admit({Ratios}) → {AdmittedCount}/{Decisions.Count} admitted; vCPU {Format.Number(CpuUsed)}/{Format.Number(CpuCapacity)}, " +
        $"MB {Format.Number(MemoryUsedMb)}/{Format.Number(MemoryCapacityMb)}; overcommit CPU {Format.Number(CpuOvercommit)}, RAM {Format.Number(MemoryOvercommit)}";

    /// <inheritdoc />
    public string ToHtml() => Format.Html(
        $"Admission on {Host} with {Ratios}",
        ["VM", "vCPU", "MB", "GB", "decision"],
        Decisions.Select(d => (IReadOnlyList<string>)
        [
            d.Request.Name, Format.Number(d.Request.Vcpus), Format.Number(d.Request.MemoryMb), Format.Number(d.Request.DiskGb),
            d.Admitted ? "admitted" : "rejected: " + d.Reason,
        ]),
        $"{AdmittedCount} of {Decisions.Count} admitted. CPU {Format.Number(CpuUsed)}/{Format.Number(CpuCapacity)} vCPU " +
        $"({Format.Number(100 * CpuUtilisation)} %), memory {Format.Number(MemoryUsedMb)}/{Format.Number(MemoryCapacityMb)} MB ({Format.Number(100 * MemoryUtilisation)} %).");
}
