namespace VirtLab.Allocation;

/// <summary>Allocation (overcommit) ratios: how many virtual units the scheduler may place per physical unit.</summary>
/// <param name="Cpu">vCPUs per physical CPU. Range: &gt; 0.</param>
/// <param name="Memory">Virtual MB per physical MB. Range: &gt; 0.</param>
/// <param name="Disk">Virtual GB per physical GB. Range: &gt; 0.</param>
/// <remarks>Source: OpenStack Nova configuration reference, <c>cpu_allocation_ratio</c> = 16.0,
/// <c>ram_allocation_ratio</c> = 1.5, <c>disk_allocation_ratio</c> = 1.0 (the long-standing defaults; since Stein they are
/// the <c>initial_*_allocation_ratio</c> options).</remarks>
public sealed record OvercommitRatios(double Cpu, double Memory, double Disk = 1.0)
{
    /// <summary>OpenStack Nova's defaults: CPU 16:1, RAM 1.5:1, disk 1:1.</summary>
    public static OvercommitRatios OpenStackDefaults { get; } = new(16.0, 1.5, 1.0);

    /// <summary>No overcommit: 1:1 everywhere.</summary>
    public static OvercommitRatios None { get; } = new(1.0, 1.0, 1.0);

    /// <summary>Reads like <c>CPU 16:1, RAM 1.5:1, disk 1:1</c>.</summary>
    public override string ToString() => $"CPU {Format.Number(Cpu)}:1, RAM {Format.Number(Memory)}:1, disk {Format.Number(Disk)}:1";
}
