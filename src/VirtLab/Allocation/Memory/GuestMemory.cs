namespace VirtLab.Allocation.Memory;

/// <summary>A guest's memory as the hypervisor sees it.</summary>
/// <param name="Name">Display name.</param>
/// <param name="SizeMb">Configured memory size (what the guest believes it has). Range: &gt; 0.</param>
/// <param name="ActiveMb">Active (working-set) memory, as sampled. Range: 0 ≤ active ≤ size.</param>
/// <param name="Shares">Memory shares, or <see langword="null"/> for vSphere's Normal level (10 per MB of configured memory).</param>
/// <param name="AllocatedMb">Machine memory currently backing the guest, or <see langword="null"/> for all of it (size). Range: 0 ≤ allocated ≤ size.</param>
public sealed record GuestMemory(string Name, double SizeMb, double ActiveMb, double? Shares = null, double? AllocatedMb = null)
{
    /// <summary>vSphere memory shares per MB at the Normal level (High 20, Low 5).</summary>
    public const double NormalSharesPerMb = 10;

    /// <summary>The shares in effect: <see cref="Shares"/>, or 10 per configured MB.</summary>
    public double EffectiveShares => Shares ?? NormalSharesPerMb * SizeMb;

    /// <summary>The machine memory backing the guest: <see cref="AllocatedMb"/>, or <see cref="SizeMb"/>.</summary>
    public double EffectiveAllocatedMb => AllocatedMb ?? SizeMb;

    /// <summary>Reads like <c>vm1(1024 MB, active 100 MB, shares 10240)</c>.</summary>
    public override string ToString() =>
        $"{Name}({Format.Number(SizeMb)} MB, active {Format.Number(ActiveMb)} MB, shares {Format.Number(EffectiveShares)})";

    internal static void Validate(IReadOnlyList<GuestMemory> guests, string parameter)
    {
        ArgumentNullException.ThrowIfNull(guests, parameter);
        if (guests.Count == 0)
        {
            throw new ArgumentException("There are no guests; give at least one.", parameter);
        }

        foreach (var g in guests)
        {
            if (g is null)
            {
                throw new ArgumentException("A guest is null.", parameter);
            }

            if (!(g.SizeMb > 0) || double.IsPositiveInfinity(g.SizeMb))
            {
                throw new ArgumentException($"{g.Name}: size {g.SizeMb} MB; it must be a finite number > 0.", parameter);
            }

            if (!(g.ActiveMb >= 0) || g.ActiveMb > g.SizeMb)
            {
                throw new ArgumentException($"{g.Name}: active {g.ActiveMb} MB; it must be between 0 and the size {g.SizeMb} MB.", parameter);
            }

            if (!(g.EffectiveShares > 0) || double.IsPositiveInfinity(g.EffectiveShares))
            {
                throw new ArgumentException($"{g.Name}: shares {g.EffectiveShares}; they must be a finite number > 0.", parameter);
            }

            if (!(g.EffectiveAllocatedMb >= 0) || g.EffectiveAllocatedMb > g.SizeMb)
            {
                throw new ArgumentException($"{g.Name}: allocated {g.EffectiveAllocatedMb} MB; it must be between 0 and the size {g.SizeMb} MB.", parameter);
            }
        }
    }
}
