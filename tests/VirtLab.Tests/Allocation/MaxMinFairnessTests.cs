using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation;
using static VirtLab.Tests.Allocation.AllocationAssert;

namespace VirtLab.Tests.Allocation;

public sealed class MaxMinFairnessTests
{
    [Fact] // Keshav 1997, pp. 215-217
    public void MaxMin_matches_Keshavs_worked_example() =>
        Close([2, 2.6, 2.7, 2.7], Allocate.MaxMin(10, [2, 2.6, 4, 5]), 1e-12);

    [Fact] // Keshav 1997, weighted example; final numbers recomputed in formulas.md section 2
    public void WeightedMaxMin_matches_Keshavs_weighted_example() =>
        Close([4, 2, 6, 4], Allocate.WeightedMaxMin(16, [4, 2, 10, 4], [2.5, 4, 0.5, 1]), 1e-12);

    [Fact]
    public void Weighted_level_is_the_water_level_per_unit_weight()
    {
        // Normalised weights (5, 8, 1, 2): L = 6 for weight 1; with raw weight 0.5 the level per unit is 12.
        var split = Allocate.WeightedMaxMin(16, [4, 2, 10, 4], [2.5, 4, 0.5, 1]);
        Assert.Equal(12, split.Level, 9);
    }

    [Fact]
    public void Everyone_is_satisfied_when_demand_fits()
    {
        var split = Allocate.MaxMin(10, [1, 2, 3]);
        Close([1, 2, 3], split);
        Assert.Equal(4, split.Leftover, 12);
    }

    [Fact]
    public void ToString_reads_like_the_maths() =>
        Assert.Equal("MaxMin(C = 10) → (2, 2.6, 2.7, 2.7)", Allocate.MaxMin(10, [2, 2.6, 4, 5]).ToString());

    [Fact]
    public void Html_shows_a_table_row_per_client()
    {
        var html = Allocate.MaxMin(10, [2, 2.6, 4, 5]).ToHtml();
        Assert.Contains("<table", html);
        Assert.Equal(5, html.Split("<tr>").Length - 1); // header + 4 clients
    }

    [Theory, InlineData(0.0), InlineData(-1.0), InlineData(double.NaN), InlineData(double.PositiveInfinity)]
    public void Rejects_bad_capacity(double capacity) =>
        Assert.Equal("capacity", Assert.Throws<ArgumentOutOfRangeException>(() => Allocate.MaxMin(capacity, [1])).ParamName);

    [Theory, InlineData(-1.0), InlineData(double.NaN), InlineData(double.PositiveInfinity)]
    public void Rejects_bad_demands(double demand)
    {
        var ex = Assert.Throws<ArgumentException>(() => Allocate.MaxMin(10, [1, demand]));
        Assert.Equal("demands", ex.ParamName);
        Assert.Contains(">= 0", ex.Message);
    }

    [Fact]
    public void Rejects_all_zero_weights()
    {
        var ex = Assert.Throws<ArgumentException>(() => Allocate.WeightedMaxMin(10, [1, 2], [0, 0]));
        Assert.Equal("weights", ex.ParamName);
        Assert.Contains("All weights are zero", ex.Message);
    }

    [Fact]
    public void Rejects_mismatched_weights() =>
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Allocate.WeightedMaxMin(10, [1, 2], [1])).ParamName);

    [Fact]
    public void Property_never_more_than_capacity_or_demand() =>
        Prop.ForAll(Amount(1, 100).ToArbitrary(), Amounts(0, 50).ToArbitrary(), (c, d) =>
        {
            var a = Allocate.MaxMin(c, d);
            return a.Total <= c + 1e-9 && a.Amounts.Select((x, i) => x <= d[i] + 1e-9 && x >= 0).All(ok => ok);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_is_Pareto_efficient_total_is_min_of_capacity_and_demand() =>
        Prop.ForAll(Amount(1, 100).ToArbitrary(), Amounts(0, 50).ToArbitrary(), (c, d) =>
            Math.Abs(Allocate.MaxMin(c, d).Total - Math.Min(c, d.Sum())) < 1e-9).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_is_max_min_fair_an_unsatisfied_client_gets_at_least_everyone_else() =>
        Prop.ForAll(Amount(1, 100).ToArbitrary(), Amounts(0, 50).ToArbitrary(), (c, d) =>
        {
            var a = Allocate.MaxMin(c, d).Amounts;
            return Enumerable.Range(0, d.Length).Where(i => a[i] < d[i] - 1e-9).All(i => a.All(x => x <= a[i] + 1e-9));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_weighted_is_scale_invariant_in_the_weights() =>
        Prop.ForAll(Amount(1, 100).ToArbitrary(), Amounts(0, 50).ToArbitrary(), Gen.Choose(2, 1000).ToArbitrary(), (c, d, k) =>
        {
            var w = d.Select((_, i) => 1.0 + (i % 3)).ToArray();
            var a = Allocate.WeightedMaxMin(c, d, w).Amounts;
            var b = Allocate.WeightedMaxMin(c, d, w.Select(x => x * k).ToArray()).Amounts;
            return a.Zip(b).All(p => Math.Abs(p.First - p.Second) < 1e-9);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_weighted_with_equal_weights_is_plain_max_min() =>
        Prop.ForAll(Amount(1, 100).ToArbitrary(), Amounts(0, 50).ToArbitrary(), (c, d) =>
        {
            var a = Allocate.MaxMin(c, d).Amounts;
            var b = Allocate.WeightedMaxMin(c, d, d.Select(_ => 3.0).ToArray()).Amounts;
            return a.Zip(b).All(p => Math.Abs(p.First - p.Second) < 1e-9);
        }).QuickCheckThrowOnFailure();
}
