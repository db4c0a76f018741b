using System.Globalization;
using VirtLab.Charts;

namespace VirtLab.Allocation.Packing;

/// <summary>Charts of packings: one stacked bar per bin (host).</summary>
public static class PackingCharts
{
    /// <summary>One stacked bar per bin; each item is its own trace ("VM i (size)"), so an item keeps its colour across
    /// charts of different rules. The y axis ends at the bin capacity.</summary>
    /// <param name="packing">The packing to draw.</param>
    /// <param name="title">Chart title; default names the rule and the bin count.</param>
    public static Figure Chart(this Packing packing, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(packing);
        var figure = new Figure(title ?? $"{packing.Rule}: {packing.BinCount} bins") { BarMode = BarMode.Stack, ShowLegend = false };
        var binOf = packing.BinOf;
        for (int i = 0; i < packing.Sizes.Count; i++)
        {
            var size = Number(packing.Sizes[i]);
            figure.Add(new BarTrace([BinName(binOf[i])], [packing.Sizes[i]]) { Name = $"VM {i} ({size})" }.WithText([size]));
        }

        figure.XAxis.CategoryOrder = Enumerable.Range(0, packing.BinCount).Select(BinName).ToArray();
        figure.YAxis.Range = (0, packing.Capacity);
        return figure.WithAxes("host (bin)", $"load (capacity {Number(packing.Capacity)})");
    }

    /// <summary>Per bin, the load of each dimension as a percentage of its capacity (grouped bars): shows resources
    /// stranded when one dimension fills up before the others.</summary>
    /// <param name="packing">The vector packing to draw.</param>
    /// <param name="dimensions">A name per dimension, for example ["CPU", "memory"].</param>
    /// <param name="title">Chart title; default names the ordering and the bin count.</param>
    /// <exception cref="ArgumentException">The number of names differs from the number of dimensions.</exception>
    public static Figure Chart(this VectorPacking packing, IReadOnlyList<string> dimensions, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(packing);
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Count != packing.Capacity.Count)
        {
            throw new ArgumentException($"Give one name per dimension ({packing.Capacity.Count}).", nameof(dimensions));
        }

        var bins = Enumerable.Range(0, packing.BinCount).Select(BinName).ToArray();
        var figure = new Figure(title ?? $"Vector First Fit ({packing.Order}): {packing.BinCount} bins");
        for (int j = 0; j < dimensions.Count; j++)
        {
            var percent = packing.Loads.Select(load => 100 * load[j] / packing.Capacity[j]).ToArray();
            figure.Add(new BarTrace(bins, percent) { Name = dimensions[j] }.WithText(percent.Select(p => p.ToString("0", CultureInfo.InvariantCulture) + " %")));
        }

        figure.YAxis.Range = (0, 100);
        return figure.WithAxes("host (bin)", "% of capacity used");
    }

    private static string BinName(int bin) => "host " + (bin + 1).ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
