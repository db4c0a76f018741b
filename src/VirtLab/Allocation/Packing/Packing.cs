using System.Globalization;
using VirtLab.Display;

namespace VirtLab.Allocation.Packing;

/// <summary>Items packed into bins (VMs onto hosts).</summary>
/// <param name="Rule">The heuristic used.</param>
/// <param name="Capacity">Bin capacity.</param>
/// <param name="Sizes">Item sizes in input order.</param>
/// <param name="Bins">Per bin, the indices of its items in placement order.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record Packing(BinPackingRule Rule, double Capacity, IReadOnlyList<double> Sizes, IReadOnlyList<IReadOnlyList<int>> Bins) : IHtmlRenderable
{
    /// <summary>Number of bins used.</summary>
    public int BinCount => Bins.Count;

    /// <summary>Load of each bin.</summary>
    public IReadOnlyList<double> Loads => Bins.Select(b => b.Sum(i => Sizes[i])).ToArray();

    /// <summary>Bin contents as sizes, for example <c>[[2, 5, 1], [4, 3], [7], [8]]</c>.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Contents => Bins.Select(b => (IReadOnlyList<double>)b.Select(i => Sizes[i]).ToArray()).ToArray();

    /// <summary>Bin index of each item.</summary>
    public IReadOnlyList<int> BinOf
    {
        get
        {
            var where = new int[Sizes.Count];
            for (var b = 0; b < Bins.Count; b++)
            {
                foreach (var i in Bins[b])
                {
                    where[i] = b;
                }
            }

            return where;
        }
    }

    /// <summary>Reads like <c>FirstFit(C = 10) → 4 bins [2,5,1] [4,3] [7] [8]</c>.</summary>
    public override string ToString() =>
        $"{Rule}(C = {Format.Number(Capacity)}) → {BinCount} bins " +
        string.Join(" ", Contents.Select(c => "[" + string.Join(",", c.Select(Format.Number)) + "]"));

    /// <inheritdoc />
    public string ToHtml() => Format.Html(
        $"{Rule}, bin capacity {Format.Number(Capacity)}: {BinCount} bins",
        ["bin", "items", "load", "free"],
        Contents.Select((c, b) => (IReadOnlyList<string>)
        [
            b.ToString(CultureInfo.InvariantCulture),
            string.Join(", ", c.Select(Format.Number)),
            Format.Number(c.Sum()),
            Format.Number(Capacity - c.Sum()),
        ]));
}
