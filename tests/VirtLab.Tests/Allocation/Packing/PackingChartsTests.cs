using VirtLab.Allocation.Packing;
using VirtLab.Charts;
using Xunit;

namespace VirtLab.Tests.Allocation.Packing;

public class PackingChartsTests
{
    [Fact]
    public void A_bin_chart_stacks_one_trace_per_item_on_its_host()
    {
        // Weiss's list, First Fit: [2,5,1] [4,3] [7] [8].
        var packing = BinPacking.Pack(10, [2, 5, 4, 7, 1, 3, 8], BinPackingRule.FirstFit);

        var figure = packing.Chart();

        Assert.Equal(BarMode.Stack, figure.BarMode);
        Assert.Equal(7, figure.Traces.Count);
        var hosts = figure.Traces.Cast<BarTrace>().Select(t => t.Categories.Single()).ToArray();
        Assert.Equal(["host 1", "host 1", "host 2", "host 3", "host 1", "host 2", "host 4"], hosts);
        Assert.Equal((0.0, 10.0), figure.YAxis.Range);
    }

    [Fact]
    public void A_vector_chart_shows_each_dimension_as_a_percentage()
    {
        var packing = VectorBinPacking.Pack([16, 64], [[8, 16], [4, 48]]);

        var figure = packing.Chart(["CPU", "memory"]);

        Assert.Equal(2, figure.Traces.Count);
        Assert.Equal([75.0], ((BarTrace)figure.Traces[0]).Values);
        Assert.Equal([100.0], ((BarTrace)figure.Traces[1]).Values);
        Assert.Equal("dimensions", Assert.Throws<ArgumentException>(() => packing.Chart(["CPU"])).ParamName);
    }
}
