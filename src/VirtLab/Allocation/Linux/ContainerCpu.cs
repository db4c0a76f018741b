namespace VirtLab.Allocation.Linux;

/// <summary>The CPU settings of one busy container, as Docker takes them.</summary>
/// <param name="Name">Display name.</param>
/// <param name="CpuShares"><c>--cpu-shares</c>. Range: 2 ≤ shares ≤ 262144. Default 1024.</param>
/// <param name="Cpus"><c>--cpus</c> hard cap (CFS quota/period), or <see langword="null"/> for none. Range: &gt; 0.</param>
/// <param name="Cpuset"><c>--cpuset-cpus</c> as CPU numbers, or <see langword="null"/> for every host CPU.</param>
/// <param name="Threads">Busy threads inside, or <see langword="null"/> for one per allowed CPU. Range: ≥ 1.</param>
public sealed record ContainerCpu(
    string Name,
    long CpuShares = CgroupCpu.DefaultShares,
    double? Cpus = null,
    IReadOnlyList<int>? Cpuset = null,
    int? Threads = null)
{
    /// <summary>Reads like the docker run flags.</summary>
    public override string ToString() =>
        $"{Name}(--cpu-shares {CpuShares}" +
        (Cpus is { } c ? $" --cpus {Format.Number(c)}" : "") +
        (Cpuset is { } s ? $" --cpuset-cpus {string.Join(",", s)}" : "") +
        (Threads is { } t ? $", {t} threads" : "") + ")";
}
