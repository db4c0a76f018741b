namespace VirtLab.Allocation;

/// <summary>One row of an entitlement tree: a VM or pool and the capacity it is entitled to.</summary>
/// <param name="Path">Names from the root, joined by '/'.</param>
/// <param name="Depth">0 for the top-level siblings.</param>
/// <param name="Node">The VM or pool.</param>
/// <param name="Entitlement">Capacity it is entitled to: R_eff ≤ E ≤ cap.</param>
/// <param name="LevelPerShare">Water level λ among its siblings (capacity per share for unclamped siblings).</param>
public sealed record NodeEntitlement(string Path, int Depth, ResourceNode Node, double Entitlement, double LevelPerShare);
