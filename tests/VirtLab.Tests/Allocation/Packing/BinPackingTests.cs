using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation.Packing;

namespace VirtLab.Tests.Allocation.Packing;

public sealed class BinPackingTests
{
    // Weiss, Data Structures and Algorithm Analysis, section 10.1.3, in integer units (capacity 10).
    private static readonly double[] Weiss = [2, 5, 4, 7, 1, 3, 8];

    private static string Bins(VirtLab.Allocation.Packing.Packing p) =>
        string.Join(" ", p.Contents.Select(c => "[" + string.Join(",", c) + "]"));

    [Theory]
    [InlineData(BinPackingRule.NextFit, "[2,5] [4] [7,1] [3] [8]")]
    [InlineData(BinPackingRule.FirstFit, "[2,5,1] [4,3] [7] [8]")]
    [InlineData(BinPackingRule.BestFit, "[2,5,1] [4] [7,3] [8]")]
    [InlineData(BinPackingRule.WorstFit, "[2,5] [4,1,3] [7] [8]")]
    [InlineData(BinPackingRule.FirstFitDecreasing, "[8,2] [7,3] [5,4,1]")]
    [InlineData(BinPackingRule.BestFitDecreasing, "[8,2] [7,3] [5,4,1]")]
    public void Matches_the_Weiss_example(BinPackingRule rule, string bins) =>
        Assert.Equal(bins, Bins(BinPacking.Pack(10, Weiss, rule)));

    [Fact] // classic 11/9 construction, derived in formulas.md section 8: OPT = 9, FFD = 11
    public void Ffd_worst_case_instance_reaches_the_tight_bound()
    {
        var items = Enumerable.Repeat(51.0, 6).Concat(Enumerable.Repeat(27.0, 6)).Concat(Enumerable.Repeat(26.0, 6)).Concat(Enumerable.Repeat(23.0, 12)).ToArray();
        var ffd = BinPacking.Pack(100, items, BinPackingRule.FirstFitDecreasing);
        Assert.Equal(11, ffd.BinCount);
        Assert.Equal(11, BinPacking.FirstFitDecreasingBound(9));
    }

    [Theory] // Dosa and Sgall 2013: FF <= floor(1.7 OPT)
    [InlineData(10, 17)]
    [InlineData(3, 5)]
    public void First_fit_bound(int opt, int bound) => Assert.Equal(bound, BinPacking.FirstFitBound(opt));

    [Fact]
    public void Lower_bound_is_total_over_capacity() => Assert.Equal(3, BinPacking.LowerBound(10, Weiss));

    [Fact]
    public void Display()
    {
        var p = BinPacking.Pack(10, Weiss, BinPackingRule.FirstFit);
        Assert.Equal("FirstFit(C = 10) → 4 bins [2,5,1] [4,3] [7] [8]", p.ToString());
        Assert.Contains("<td>2, 5, 1</td>", p.ToHtml());
        Assert.Equal(0, p.BinOf[0]);
    }

    [Fact]
    public void Rejects_an_item_larger_than_a_bin() =>
        Assert.Equal("sizes", Assert.Throws<ArgumentException>(() => BinPacking.Pack(10, [11], BinPackingRule.FirstFit)).ParamName);

    [Fact]
    public void Rejects_zero_capacity() =>
        Assert.Equal("capacity", Assert.Throws<ArgumentOutOfRangeException>(() => BinPacking.Pack(0, [1], BinPackingRule.FirstFit)).ParamName);

    private static Arbitrary<double[]> Items => Gen.Choose(1, 100).Select(x => (double)x).ArrayOf().ToArbitrary();

    [Fact]
    public void Property_every_item_placed_once_and_no_bin_overflows() =>
        Prop.ForAll(Items, Gen.Elements(Enum.GetValues<BinPackingRule>()).ToArbitrary(), (items, rule) =>
        {
            var p = BinPacking.Pack(100, items, rule);
            var placed = p.Bins.SelectMany(b => b).OrderBy(i => i).ToArray();
            return placed.SequenceEqual(Enumerable.Range(0, items.Length)) && p.Loads.All(l => l <= 100);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_first_fit_respects_its_bounds() =>
        Prop.ForAll(Items, items =>
        {
            var lower = BinPacking.LowerBound(100, items);
            var ff = BinPacking.Pack(100, items, BinPackingRule.FirstFit).BinCount;
            var ffd = BinPacking.Pack(100, items, BinPackingRule.FirstFitDecreasing).BinCount;
            var nf = BinPacking.Pack(100, items, BinPackingRule.NextFit).BinCount;
            // Any-fit rules never leave two bins at most half full, so they use fewer than 2·lower + 1 bins.
            return ff >= lower && ffd >= lower && ff <= (2 * lower) + 1 && nf <= Math.Max(1, (2 * lower) + 1) && ffd <= ff + lower;
        }).QuickCheckThrowOnFailure();
}
