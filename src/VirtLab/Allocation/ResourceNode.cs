namespace VirtLab.Allocation;

/// <summary>
/// A virtual machine or a resource pool in a vSphere-style tree: shares, reservation R, limit L, and (for a VM) demand.
/// </summary>
/// <param name="Name">Display name.</param>
/// <param name="Shares">Relative weight among siblings. Range: 0 &lt; shares &lt; ∞.</param>
/// <param name="Reservation">Guaranteed minimum R. Range: 0 ≤ R &lt; ∞.</param>
/// <param name="Limit">Hard cap L, enforced even when capacity is idle. Range: R ≤ L ≤ ∞.</param>
/// <param name="Demand">What a VM would use if unconstrained. Range: 0 ≤ d ≤ ∞. Ignored for pools (their demand is their children's).</param>
/// <param name="Children">Child VMs and pools; empty for a VM.</param>
public sealed record ResourceNode(
    string Name,
    double Shares,
    double Reservation,
    double Limit,
    double Demand,
    IReadOnlyList<ResourceNode> Children)
{
    /// <summary>A virtual machine (a leaf).</summary>
    /// <param name="name">Display name.</param>
    /// <param name="shares">Shares. Range: &gt; 0.</param>
    /// <param name="demand">Demand d. Range: 0 ≤ d ≤ ∞.</param>
    /// <param name="reservation">Reservation R. Range: 0 ≤ R.</param>
    /// <param name="limit">Limit L. Range: R ≤ L ≤ ∞.</param>
    public static ResourceNode Vm(string name, double shares, double demand = double.PositiveInfinity, double reservation = 0, double limit = double.PositiveInfinity) =>
        new(name, shares, reservation, limit, demand, []);

    /// <summary>A resource pool whose reservation is expandable (it borrows its children's reservations from its parent).</summary>
    /// <param name="name">Display name.</param>
    /// <param name="shares">Shares among the pool's siblings. Range: &gt; 0.</param>
    /// <param name="children">The VMs and pools inside.</param>
    /// <param name="reservation">Reservation R. Range: 0 ≤ R.</param>
    /// <param name="limit">Limit L. Range: L ≥ the children's reservations.</param>
    public static ResourceNode Pool(string name, double shares, IReadOnlyList<ResourceNode> children, double reservation = 0, double limit = double.PositiveInfinity) =>
        new(name, shares, reservation, limit, double.PositiveInfinity, children);

    /// <summary><see langword="true"/> for a resource pool (a node with children).</summary>
    public bool IsPool => Children.Count > 0;

    /// <summary>Reservation including what the children reserve: max(R, Σ children's effective reservations).</summary>
    public double EffectiveReservation => IsPool ? Math.Max(Reservation, Children.Sum(c => c.EffectiveReservation)) : Reservation;

    /// <summary>Most this node can use: a VM min(L, max(R, d)); a pool min(L, max(R_eff, Σ children's caps)).</summary>
    public double EffectiveCap =>
        Math.Min(Limit, Math.Max(EffectiveReservation, IsPool ? Children.Sum(c => c.EffectiveCap) : Demand));

    /// <summary>Reads like vSphere's settings panel.</summary>
    public override string ToString() =>
        $"{Name}(shares {Format.Number(Shares)}, R {Format.Number(Reservation)}, L {Format.Number(Limit)}" +
        (IsPool ? $", {Children.Count} children)" : $", demand {Format.Number(Demand)})");
}
