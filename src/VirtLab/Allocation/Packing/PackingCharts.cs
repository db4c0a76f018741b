using System.Globalization;
using GenericChart = Plotly.NET.GenericChart;
using VirtLab.Charts;

namespace VirtLab.Allocation.Packing;

/// <summary>Charts of packings: one stacked bar per bin (host).</summary>
public static class PackingCharts
{
    /// <summary>One stacked bar per bin; each item is its own trace ("VM i (size)"), so an item keeps its colour across
    /// charts of different rules. The y axis ends at the bin capacity.</summary>
    /// <param name="packing">The packing to draw.</param>
    /// <param name="title">Chart title; default names the rule and the bin count.</param>
    public static GenericChart Chart(this Packing packing, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(packing);
        var binOf = packing.BinOf;
        var bars = Enumerable.Range(0, packing.Sizes.Count).Select(i =>
        {
            var size = Number(packing.Sizes[i]);
            return Charts.Chart.Bar([BinName(binOf[i])], [packing.Sizes[i]], name: $"VM {i} ({size})", text: [size]);
        }).ToArray();
        return Charts.Chart.Combine(bars).Stacked().HideLegend()
            .WithTitle(title ?? $"{packing.Rule}: {packing.BinCount} bins")
            .WithCategoryOrder(x: Enumerable.Range(0, packing.BinCount).Select(BinName))
            .WithYRange(0, packing.Capacity)
            .WithAxes("host (bin)", $"load (capacity {Number(packing.Capacity)})");
    }

    /// <summary>Per bin, the load of each dimension as a percentage of its capacity (grouped bars): shows resources
    /// stranded when one dimension fills up before the others.</summary>
    /// <param name="packing">The vector packing to draw.</param>
    /// <param name="dimensions">A name per dimension, for example ["CPU", "memory"].</param>
    /// <param name="title">Chart title; default names the ordering and the bin count.</param>
    /// <exception cref="ArgumentException">The number of names differs from the number of dimensions.</exception>
    public static GenericChart Chart(this VectorPacking packing, IReadOnlyList<string> dimensions, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(packing);
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Count != packing.Capacity.Count)
        {
            throw new ArgumentException($"Give one name per dimension ({packing.Capacity.Count}).", nameof(dimensions));
        }

        var bins = Enumerable.Range(0, packing.BinCount).Select(BinName).ToArray();
        var bars = Enumerable.Range(0, dimensions.Count).Select(j =>
        {
            var percent = packing.Loads.Select(load => 100 * load[j] / packing.Capacity[j]).ToArray();
            return Charts.Chart.Bar(bins, percent, name: dimensions[j], text: percent.Select(p => p.ToString("0", CultureInfo.InvariantCulture) + " %"));
        }).ToArray();
        return Charts.Chart.Combine(bars)
            .WithTitle(title ?? $"Vector First Fit ({packing.Order}): {packing.BinCount} bins")
            .WithYRange(0, 100)
            .WithAxes("host (bin)", "% of capacity used");
    }

    private static string BinName(int bin) => "host " + (bin + 1).ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
