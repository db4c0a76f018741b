using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation;
using static VirtLab.Tests.Allocation.AllocationAssert;

namespace VirtLab.Tests.Allocation;

public sealed class EntitlementTests
{
    [Fact] // idealised divvy, derived in formulas.md section 4c
    public void Divvy_clamps_to_reservation_and_limit_and_redistributes()
    {
        var result = Allocate.Entitlement(6000,
            ResourceNode.Vm("VM1", 2000, demand: 4000),
            ResourceNode.Vm("VM2", 1000, demand: 3000, reservation: 2500),
            ResourceNode.Vm("VM3", 1000, demand: 3000, limit: 1000));
        Close([2500, 2500, 1000], result.TopLevel);
        Assert.Equal(1.25, result.Nodes[0].LevelPerShare, 12);
    }

    [Fact] // formulas.md section 4c: shares only
    public void Shares_only_is_proportional_share() =>
        Close([3000, 1500, 1500], Allocate.Entitlement(6000,
            ResourceNode.Vm("a", 2000), ResourceNode.Vm("b", 1000), ResourceNode.Vm("c", 1000)).TopLevel);

    [Fact] // vSphere: a limit is enforced even when capacity is idle
    public void Limit_holds_even_when_capacity_is_idle()
    {
        var result = Allocate.Entitlement(6000, ResourceNode.Vm("only", 1000, limit: 1500));
        Close([1500], result.TopLevel);
        Assert.Equal(4500, result.Leftover, 9);
    }

    [Fact] // formulas.md section 4c teaching point: shares divide among siblings
    public void Pool_priority_pie_paradox()
    {
        var many = Enumerable.Range(1, 4).Select(i => ResourceNode.Vm($"vm{i}", 1000)).ToArray();
        var result = Allocate.Entitlement(12000,
            ResourceNode.Pool("High", 8000, many),
            ResourceNode.Pool("Low", 2000, [ResourceNode.Vm("solo", 1000)]));
        Assert.Equal(9600, result["High"], 9);
        Assert.Equal(2400, result["High/vm1"], 9);
        Assert.Equal(2400, result["Low/solo"], 9);
        Assert.Contains("High/vm1 2400", result.ToString());
    }

    [Fact]
    public void Pool_passes_unused_capacity_to_its_sibling()
    {
        var result = Allocate.Entitlement(10000,
            ResourceNode.Pool("A", 1000, [ResourceNode.Vm("a1", 1000, demand: 1000)]),
            ResourceNode.Pool("B", 1000, [ResourceNode.Vm("b1", 1000), ResourceNode.Vm("b2", 3000)]));
        Assert.Equal(1000, result["A"], 9);
        Assert.Equal(9000, result["B"], 9);
        Assert.Equal(2250, result["B/b1"], 9);
        Assert.Equal(6750, result["B/b2"], 9);
    }

    [Fact]
    public void Expandable_pool_reservation_covers_its_children()
    {
        var pool = ResourceNode.Pool("P", 1, [ResourceNode.Vm("r", 1, reservation: 3000), ResourceNode.Vm("x", 1000)]);
        Assert.Equal(3000, pool.EffectiveReservation);
        var result = Allocate.Entitlement(4000, pool, ResourceNode.Vm("big", 1000));
        Assert.Equal(3000, result["P"], 9);
        Assert.Equal(3000, result["P/r"], 9);
        Assert.Equal(0, result["P/x"], 9);
    }

    [Fact] // vSphere admission control: reservations cannot exceed capacity (12 GHz, 4 + 4 + 3 GHz fits, 1 GHz left)
    public void Admission_example_fits_and_one_more_reservation_does_not()
    {
        var ok = Allocate.Entitlement(12000,
            ResourceNode.Pool("RP1", 1, [], reservation: 4000, limit: 4000),
            ResourceNode.Pool("RP2", 1, [], reservation: 4000, limit: 4000),
            ResourceNode.Pool("RP3", 1, [], reservation: 3000, limit: 3000));
        Assert.Equal(1000, ok.Leftover, 9);
        var ex = Assert.Throws<ArgumentException>(() => Allocate.Entitlement(12000,
            ResourceNode.Vm("RP1", 1, reservation: 4000), ResourceNode.Vm("RP2", 1, reservation: 4000),
            ResourceNode.Vm("RP3", 1, reservation: 3000), ResourceNode.Vm("new", 1, reservation: 2000)));
        Assert.Equal("nodes", ex.ParamName);
        Assert.Contains("admission control", ex.Message);
    }

    [Fact]
    public void Rejects_limit_below_reservation() =>
        Assert.Equal("nodes", Assert.Throws<ArgumentException>(() =>
            Allocate.Entitlement(100, ResourceNode.Vm("v", 1, reservation: 50, limit: 10))).ParamName);

    [Fact]
    public void Rejects_zero_shares() =>
        Assert.Equal("nodes", Assert.Throws<ArgumentException>(() => Allocate.Entitlement(100, ResourceNode.Vm("v", 0))).ParamName);

    [Fact]
    public void Html_indents_children() =>
        Assert.Contains("vm1", Allocate.Entitlement(100, ResourceNode.Pool("p", 1, [ResourceNode.Vm("vm1", 1)])).ToHtml());

    [Fact]
    public void Property_respects_reservations_limits_and_capacity()
    {
        var vm = from s in Gen.Choose(1, 4000)
                 from r in Gen.Choose(0, 300)
                 from extra in Gen.Choose(0, 3000)
                 from d in Gen.Choose(0, 5000)
                 select ResourceNode.Vm("v", s, demand: d, reservation: r, limit: r + extra);
        Prop.ForAll(Amount(3000, 20000).ToArbitrary(), vm.ArrayOf().Where(a => a.Length is > 0 and <= 10).ToArbitrary(), (c, vms) =>
        {
            var e = Allocate.Entitlement(c, vms).TopLevel;
            var capsOk = vms.Select((v, i) => e[i] >= v.Reservation - 1e-9 && e[i] <= v.EffectiveCap + 1e-9).All(x => x);
            var total = e.Sum();
            var expected = Math.Min(c, vms.Sum(v => v.EffectiveCap));
            return capsOk && Math.Abs(total - expected) < 1e-6;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_shares_are_scale_invariant()
    {
        var vm = from s in Gen.Choose(1, 4000)
                 from r in Gen.Choose(0, 300)
                 from d in Gen.Choose(0, 5000)
                 select ResourceNode.Vm("v", s, demand: d, reservation: r);
        Prop.ForAll(vm.ArrayOf().Where(a => a.Length is > 0 and <= 10).ToArbitrary(), Gen.Choose(2, 100).ToArbitrary(), (vms, k) =>
        {
            var a = Allocate.Entitlement(5000, vms).TopLevel;
            var b = Allocate.Entitlement(5000, vms.Select(v => v with { Shares = v.Shares * k }).ToArray()).TopLevel;
            return a.Zip(b).All(p => Math.Abs(p.First - p.Second) < 1e-6);
        }).QuickCheckThrowOnFailure();
    }
}
