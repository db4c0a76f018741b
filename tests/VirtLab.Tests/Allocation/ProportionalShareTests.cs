using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation;
using static VirtLab.Tests.Allocation.AllocationAssert;

namespace VirtLab.Tests.Allocation;

public sealed class ProportionalShareTests
{
    [Fact] // derived example, formulas.md section 2 (vSphere-style shares 2000/1000/1000 of 6000 MHz)
    public void Splits_by_weight() =>
        Close([3000, 1500, 1500], Allocate.ProportionalShare(6000, [2000, 1000, 1000]), 1e-9);

    [Fact]
    public void A_zero_weight_gets_nothing() =>
        Close([0, 10], Allocate.ProportionalShare(10, [0, 5]));

    [Fact]
    public void Rejects_all_zero_weights() =>
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Allocate.ProportionalShare(10, [0, 0])).ParamName);

    [Fact]
    public void Rejects_no_clients() =>
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Allocate.ProportionalShare(10, [])).ParamName);

    [Fact]
    public void Rejects_negative_weight() =>
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Allocate.ProportionalShare(10, [1, -1])).ParamName);

    [Fact]
    public void Rejects_zero_capacity() =>
        Assert.Equal("capacity", Assert.Throws<ArgumentOutOfRangeException>(() => Allocate.ProportionalShare(0, [1])).ParamName);

    [Fact]
    public void Property_hands_out_exactly_the_capacity() =>
        Prop.ForAll(Amount(1, 10000).ToArbitrary(), Amounts(1, 100).ToArbitrary(), (c, w) =>
            Math.Abs(Allocate.ProportionalShare(c, w).Total - c) < 1e-9 * c).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_shares_are_scale_invariant() =>
        Prop.ForAll(Amount(1, 10000).ToArbitrary(), Amounts(1, 100).ToArbitrary(), Gen.Choose(2, 1000).ToArbitrary(), (c, w, k) =>
        {
            var a = Allocate.ProportionalShare(c, w).Amounts;
            var b = Allocate.ProportionalShare(c, w.Select(x => x * k).ToArray()).Amounts;
            return a.Zip(b).All(p => Math.Abs(p.First - p.Second) < 1e-9 * c);
        }).QuickCheckThrowOnFailure();
}
