using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation.Packing;

namespace VirtLab.Tests.Allocation.Packing;

public sealed class VectorBinPackingTests
{
    private static readonly double[] Weiss = [2, 5, 4, 7, 1, 3, 8];

    private static IReadOnlyList<double>[] OneDimensional(IEnumerable<double> sizes) => sizes.Select(s => (IReadOnlyList<double>)[s]).ToArray();

    [Theory] // with one dimension it is 1-D First Fit / FFD, checked on Weiss's example
    [InlineData(VectorOrder.Input, BinPackingRule.FirstFit)]
    [InlineData(VectorOrder.DecreasingSum, BinPackingRule.FirstFitDecreasing)]
    [InlineData(VectorOrder.DecreasingMax, BinPackingRule.FirstFitDecreasing)]
    [InlineData(VectorOrder.DecreasingL2, BinPackingRule.FirstFitDecreasing)]
    public void One_dimension_reduces_to_bin_packing(VectorOrder order, BinPackingRule rule)
    {
        var vector = VectorBinPacking.Pack([10], OneDimensional(Weiss), order);
        var scalar = BinPacking.Pack(10, Weiss, rule);
        Assert.Equal(scalar.Bins.Select(b => string.Join(",", b)), vector.Bins.Select(b => string.Join(",", b)));
    }

    [Fact] // derived: complementary VMs (CPU-heavy and memory-heavy) pair up on hosts
    public void Complementary_vms_share_hosts()
    {
        IReadOnlyList<double>[] vms = [[12, 8], [12, 8], [2, 48], [2, 48]];
        var p = VectorBinPacking.Pack([16, 64], vms);
        Assert.Equal("VectorFirstFit(Input, C = (16, 64)) → 2 bins [0,2] [1,3]", p.ToString());
        Assert.Equal([14.0, 56.0], p.Loads[0]);
        Assert.Contains("(2, 48)", p.ToHtml());
    }

    [Fact] // derived: small items first waste a bin that decreasing order avoids
    public void Decreasing_order_beats_input_order_here()
    {
        IReadOnlyList<double>[] vms = [[3, 3], [3, 3], [3, 3], [7, 7], [7, 7], [7, 7]];
        Assert.Equal(4, VectorBinPacking.Pack([10, 10], vms).BinCount);
        foreach (var order in new[] { VectorOrder.DecreasingSum, VectorOrder.DecreasingMax, VectorOrder.DecreasingProduct, VectorOrder.DecreasingL2 })
        {
            Assert.Equal(3, VectorBinPacking.Pack([10, 10], vms, order).BinCount);
        }
    }

    [Fact]
    public void Rejects_mismatched_dimensions() =>
        Assert.Equal("items", Assert.Throws<ArgumentException>(() => VectorBinPacking.Pack([10, 10], [[1]])).ParamName);

    [Fact]
    public void Rejects_zero_capacity() =>
        Assert.Equal("capacity", Assert.Throws<ArgumentOutOfRangeException>(() => VectorBinPacking.Pack([10, 0], [[1, 0]])).ParamName);

    [Fact]
    public void Property_every_item_placed_once_and_no_dimension_overflows()
    {
        var item = Gen.Choose(0, 16).SelectMany(c => Gen.Choose(0, 64).Select(m => (IReadOnlyList<double>)[c, m]));
        Prop.ForAll(item.ArrayOf().ToArbitrary(), Gen.Elements(Enum.GetValues<VectorOrder>()).ToArbitrary(), (items, order) =>
        {
            var p = VectorBinPacking.Pack([16, 64], items, order);
            var placed = p.Bins.SelectMany(b => b).OrderBy(i => i).ToArray();
            return placed.SequenceEqual(Enumerable.Range(0, items.Length)) && p.Loads.All(l => l[0] <= 16 && l[1] <= 64);
        }).QuickCheckThrowOnFailure();
    }
}
