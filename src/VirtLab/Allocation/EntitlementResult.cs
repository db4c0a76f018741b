using System.Globalization;
using VirtLab.Display;

namespace VirtLab.Allocation;

/// <summary>Entitlements of a vSphere-style tree of VMs and resource pools.</summary>
/// <param name="Capacity">Capacity C divided at the root.</param>
/// <param name="Roots">The top-level nodes as given.</param>
/// <param name="Nodes">Every node with its entitlement, depth-first.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record EntitlementResult(double Capacity, IReadOnlyList<ResourceNode> Roots, IReadOnlyList<NodeEntitlement> Nodes) : IHtmlRenderable
{
    /// <summary>Entitlements of the top-level nodes, in input order.</summary>
    public IReadOnlyList<double> TopLevel => Nodes.Where(n => n.Depth == 0).Select(n => n.Entitlement).ToArray();

    /// <summary>Capacity left when every top-level node is at its cap: C − ΣE.</summary>
    public double Leftover => Math.Max(0, Capacity - TopLevel.Sum());

    /// <summary>The entitlement of the node at <paramref name="path"/> (names joined by '/').</summary>
    /// <exception cref="KeyNotFoundException">No node has that path.</exception>
    public double this[string path] =>
        Nodes.FirstOrDefault(n => n.Path == path)?.Entitlement ?? throw new KeyNotFoundException($"No VM or pool at '{path}'.");

    /// <summary>Reads like the maths: <c>Entitlement(C = 6000) → VM1 2500, VM2 2500, VM3 1000</c>.</summary>
    public override string ToString() =>
        $"Entitlement(C = {Format.Number(Capacity)}) → " + string.Join(", ", Nodes.Select(n => $"{n.Path} {Format.Number(n.Entitlement)}"));

    /// <inheritdoc />
    public string ToHtml() => Format.Html(
        $"Entitlement, capacity {Format.Number(Capacity)}",
        ["VM / pool", "shares", "reservation", "limit", "demand", "entitlement", "per share"],
        Nodes.Select(n => (IReadOnlyList<string>)
        [
            new string('\u00a0', 4 * n.Depth) + n.Node.Name,
            Format.Number(n.Node.Shares),
            Format.Number(n.Node.Reservation),
            Format.Number(n.Node.Limit),
            n.Node.IsPool ? "(children)" : Format.Number(n.Node.Demand),
            Format.Number(n.Entitlement),
            Format.Number(n.LevelPerShare),
        ]),
        $"Leftover {Format.Number(Leftover)}.");
}
