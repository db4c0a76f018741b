namespace VirtLab.Containers.Lab;

/// <summary>How much CPU one container used over a sampling window.</summary>
/// <param name="Container">The container.</param>
/// <param name="CpuSeconds">CPU time used in the window, in seconds.</param>
/// <param name="WallSeconds">Length of the window, in seconds.</param>
/// <param name="ShareOfGroup">This container's part of the CPU time all sampled containers used (0–1).</param>
public sealed record CpuSample(LabContainer Container, double CpuSeconds, double WallSeconds, double ShareOfGroup)
{
    /// <summary>CPU used as a fraction of one core (1.0 = one full CPU), as <c>docker stats</c> shows ÷ 100.</summary>
    public double CoresUsed => WallSeconds > 0 ? CpuSeconds / WallSeconds : 0;

    /// <inheritdoc />
    public override string ToString() => $"{Container.Name}: {CoresUsed:P1} of a CPU, {ShareOfGroup:P1} of the group";
}
