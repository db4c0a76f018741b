namespace VirtLab.Allocation;

/// <summary>
/// vSphere-style entitlement ("divvy"): split capacity among siblings by shares, clamped to each one's reservation
/// and to min(limit, demand), redistributing what the clamped ones leave; recursively down a resource-pool tree.
/// </summary>
/// <remarks>
/// Eᵢ = clamp(sᵢ·λ, Rᵢ, min(Lᵢ, dᵢ)) with λ such that ΣEᵢ = C (or every sibling at its cap). A pool then divides its Eᵢ
/// among its children the same way. Pools have expandable reservations: R_eff = max(R, Σ children's R_eff).
/// Sources: VMware vSphere Resource Management guide, "Resource Allocation Shares", "Reservation", "Limit" and
/// "Admission control"; A. Gulati et al., "VMware Distributed Resource Management: Design, Implementation, and
/// Lessons Learned", VMware Technical Journal 2012 (the divvy). DRS's demand estimator is not public, so demand is an input.
/// Worked example (idealised, derived in formulas.md §4c, tested): C = 6000 MHz; VM1 (2000 shares, demand 4000),
/// VM2 (1000, R = 2500, demand 3000), VM3 (1000, L = 1000, demand 3000) → (2500, 2500, 1000) at 1.25 MHz per share.
/// </remarks>
public static class Entitlement
{
    /// <summary>Divides <paramref name="capacity"/> among <paramref name="nodes"/> (siblings) and down their subtrees.</summary>
    /// <param name="capacity">Capacity C of the cluster or host. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="nodes">Top-level VMs and pools.</param>
    /// <returns>Every node with its entitlement, in depth-first order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">C is out of range.</exception>
    /// <exception cref="ArgumentException">A node breaks a rule (shares ≤ 0, R &gt; L, a pool's limit below its children's
    /// reservations), or the reservations exceed C (admission control would refuse them).</exception>
    public static EntitlementResult Allocate(double capacity, IReadOnlyList<ResourceNode> nodes)
    {
        Guard.Capacity(capacity, nameof(capacity));
        ArgumentNullException.ThrowIfNull(nodes);
        foreach (var node in nodes)
        {
            Validate(node, nameof(nodes));
        }

        var reserved = nodes.Sum(n => n.EffectiveReservation);
        if (reserved > capacity)
        {
            throw new ArgumentException(
                $"The reservations add up to {Format.Number(reserved)}, more than the capacity {Format.Number(capacity)}; admission control would refuse them.",
                nameof(nodes));
        }

        var rows = new List<NodeEntitlement>();
        Divide(capacity, nodes, "", 0, rows);
        return new EntitlementResult(capacity, nodes, rows);
    }

    private static void Divide(double capacity, IReadOnlyList<ResourceNode> siblings, string prefix, int depth, List<NodeEntitlement> rows)
    {
        var weights = siblings.Select(s => s.Shares).ToArray();
        var floors = siblings.Select(s => s.EffectiveReservation).ToArray();
        var caps = siblings.Select(s => s.EffectiveCap).ToArray();
        var (amounts, level) = WaterFill.Solve(capacity, weights, floors, caps);
        for (var i = 0; i < siblings.Count; i++)
        {
            var path = prefix.Length == 0 ? siblings[i].Name : prefix + "/" + siblings[i].Name;
            rows.Add(new NodeEntitlement(path, depth, siblings[i], amounts[i], level));
            if (siblings[i].IsPool)
            {
                Divide(amounts[i], siblings[i].Children, path, depth + 1, rows);
            }
        }
    }

    private static void Validate(ResourceNode node, string parameter)
    {
        ArgumentNullException.ThrowIfNull(node, parameter);
        if (!(node.Shares > 0) || double.IsPositiveInfinity(node.Shares))
        {
            throw new ArgumentException($"{node.Name}: shares are {node.Shares}; shares must be a finite number > 0.", parameter);
        }

        if (!(node.Reservation >= 0) || double.IsPositiveInfinity(node.Reservation))
        {
            throw new ArgumentException($"{node.Name}: reservation is {node.Reservation}; it must be a finite number >= 0.", parameter);
        }

        if (double.IsNaN(node.Limit) || node.Limit < node.Reservation)
        {
            throw new ArgumentException($"{node.Name}: limit {node.Limit} is below the reservation {node.Reservation}; the limit must be >= the reservation.", parameter);
        }

        if (!(node.Demand >= 0))
        {
            throw new ArgumentException($"{node.Name}: demand is {node.Demand}; demand must be >= 0.", parameter);
        }

        foreach (var child in node.Children)
        {
            Validate(child, parameter);
        }

        if (node.IsPool && node.Limit < node.EffectiveReservation)
        {
            throw new ArgumentException(
                $"{node.Name}: limit {node.Limit} is below its children's reservations {node.EffectiveReservation}; a pool's limit must cover them.", parameter);
        }
    }
}
