using System.Globalization;
using VirtLab.Display;

namespace VirtLab.Allocation.Packing;

/// <summary>Vector items packed into bins (VMs with several resources onto hosts).</summary>
/// <param name="Order">The ordering used before First Fit.</param>
/// <param name="Capacity">Bin capacity per dimension.</param>
/// <param name="Items">Item size vectors in input order.</param>
/// <param name="Bins">Per bin, the indices of its items in placement order.</param>
/// <param name="Loads">Per bin, the load in each dimension.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record VectorPacking(
    VectorOrder Order,
    IReadOnlyList<double> Capacity,
    IReadOnlyList<IReadOnlyList<double>> Items,
    IReadOnlyList<IReadOnlyList<int>> Bins,
    IReadOnlyList<IReadOnlyList<double>> Loads) : IHtmlRenderable
{
    /// <summary>Number of bins used.</summary>
    public int BinCount => Bins.Count;

    /// <summary>Reads like <c>VectorFirstFit(DecreasingSum, C = (16, 64)) → 2 bins [0,2] [1]</c>.</summary>
    public override string ToString() =>
        $"VectorFirstFit({Order}, C = {Format.Vector(Capacity)}) → {BinCount} bins " +
        string.Join(" ", Bins.Select(b => "[" + string.Join(",", b) + "]"));

    /// <inheritdoc />
    public string ToHtml() => Format.Html(
        $"Vector First Fit ({Order}), bin capacity {Format.Vector(Capacity)}: {BinCount} bins",
        ["bin", "items", "load", "free"],
        Bins.Select((b, k) => (IReadOnlyList<string>)
        [
            k.ToString(CultureInfo.InvariantCulture),
            string.Join(" ", b.Select(i => Format.Vector(Items[i]))),
            Format.Vector(Loads[k]),
            Format.Vector(Loads[k].Select((l, j) => Capacity[j] - l)),
        ]));
}
