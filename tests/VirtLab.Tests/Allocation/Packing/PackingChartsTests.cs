using VirtLab.Allocation.Packing;
using Xunit;
using static VirtLab.Tests.Charts.FigureJson;

namespace VirtLab.Tests.Allocation.Packing;

public class PackingChartsTests
{
    [Fact]
    public void A_bin_chart_stacks_one_trace_per_item_on_its_host()
    {
        // Weiss's list, First Fit: [2,5,1] [4,3] [7] [8].
        var packing = BinPacking.Pack(10, [2, 5, 4, 7, 1, 3, 8], BinPackingRule.FirstFit);

        var chart = packing.Chart();

        Assert.Equal("stack", Layout(chart)["barmode"]!.GetValue<string>());
        Assert.Equal(7, Traces(chart).Count);
        var hosts = Traces(chart).Select(t => Strings(t!["x"]).Single()).ToArray();
        Assert.Equal(["host 1", "host 1", "host 2", "host 3", "host 1", "host 2", "host 4"], hosts);
        Assert.Equal([0.0, 10.0], Numbers(Layout(chart)["yaxis"]!["range"]));
    }

    [Fact]
    public void A_vector_chart_shows_each_dimension_as_a_percentage()
    {
        var packing = VectorBinPacking.Pack([16, 64], [[8, 16], [4, 48]]);

        var chart = packing.Chart(["CPU", "memory"]);

        Assert.Equal(2, Traces(chart).Count);
        Assert.Equal([75.0], Numbers(Traces(chart)[0]!["y"]));
        Assert.Equal([100.0], Numbers(Traces(chart)[1]!["y"]));
        Assert.Equal("dimensions", Assert.Throws<ArgumentException>(() => packing.Chart(["CPU"])).ParamName);
    }
}
