using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation.Memory;
using static VirtLab.Tests.Allocation.AllocationAssert;

namespace VirtLab.Tests.Allocation.Memory;

public sealed class IdleMemoryTaxTests
{
    private static readonly GuestMemory[] TwoGuests =
    [
        new("vm1", 1000, 100, Shares: 1),
        new("vm2", 1000, 800, Shares: 1),
    ];

    [Theory] // Waldspurger OSDI 2002 section 5.2: k = 1/(1 - tau)
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 2.0)]
    [InlineData(0.75, 4.0)]
    public void Cost_factor(double tau, double k) => Assert.Equal(k, IdleMemoryTax.CostFactor(tau), 12);

    [Theory] // derived vectors, formulas.md section 4a
    [InlineData(0.1, 0.75, 0.27027027)]
    [InlineData(1.0, 0.75, 1.0)]
    [InlineData(0.1, 0.0, 1.0)]
    [InlineData(0.1, 0.5, 0.52631579)]
    public void Shares_per_page(double f, double tau, double rho) =>
        Assert.Equal(rho, IdleMemoryTax.SharesPerPage(1000, 1000, f, tau), 8);

    [Theory] // derived equilibrium, formulas.md section 4a
    [InlineData(0.0, 500.0, 500.0)]
    [InlineData(0.5, 366.6666666667, 633.3333333333)]
    [InlineData(0.75, 260.0, 740.0)]
    [InlineData(0.95, 167.5, 832.5)]
    public void Equilibrium_of_two_guests(double tau, double first, double second) =>
        Close([first, second], IdleMemoryTax.Allocate(1000, TwoGuests, tau).KeptMb, 1e-6);

    [Fact]
    public void Guests_below_their_size_end_with_equal_rho()
    {
        var r = IdleMemoryTax.Allocate(1000, TwoGuests, 0.75);
        Assert.Equal(r.SharesPerPage[0], r.SharesPerPage[1], 9);
        Close([740, 260], r.ReclaimedMb, 1e-6);
        Assert.Equal("IdleTax(M = 1000, τ = 0.75) → (260, 740)", r.ToString());
    }

    [Fact]
    public void The_idle_guest_is_the_first_victim() => Assert.Equal(0, IdleMemoryTax.SelectVictim(TwoGuests));

    [Fact]
    public void With_enough_memory_everyone_keeps_everything() =>
        Close([1000, 1000], IdleMemoryTax.Allocate(5000, TwoGuests).KeptMb);

    [Fact]
    public void Default_shares_are_vsphere_normal() => Assert.Equal(10240, new GuestMemory("vm", 1024, 0).EffectiveShares);

    [Theory, InlineData(1.0), InlineData(-0.1), InlineData(double.NaN)]
    public void Rejects_bad_tax_rate(double tau) =>
        Assert.Equal("taxRate", Assert.Throws<ArgumentOutOfRangeException>(() => IdleMemoryTax.CostFactor(tau)).ParamName);

    [Fact]
    public void Rejects_active_above_size() =>
        Assert.Equal("guests", Assert.Throws<ArgumentException>(() => IdleMemoryTax.Allocate(100, [new GuestMemory("x", 10, 20)])).ParamName);

    [Fact]
    public void Rejects_zero_machine_memory() =>
        Assert.Equal("machineMb", Assert.Throws<ArgumentOutOfRangeException>(() => IdleMemoryTax.Allocate(0, TwoGuests)).ParamName);

    [Fact]
    public void Property_hands_out_the_machine_and_respects_sizes()
    {
        var guest = from size in Gen.Choose(100, 4000)
                    from active in Gen.Choose(0, 100)
                    from shares in Gen.Choose(1, 50)
                    select new GuestMemory("g", size, size * active / 100.0, shares);
        Prop.ForAll(guest.ArrayOf().Where(a => a.Length is > 0 and < 8).ToArbitrary(), Gen.Choose(100, 10000).ToArbitrary(), Gen.Choose(0, 99).ToArbitrary(), (gs, machine, tax) =>
        {
            var r = IdleMemoryTax.Allocate(machine, gs, tax / 100.0);
            var expected = Math.Min(machine, gs.Sum(g => g.SizeMb));
            return Math.Abs(r.KeptMb.Sum() - expected) < 1e-6 * expected && r.KeptMb.Select((k, i) => k >= 0 && k <= gs[i].SizeMb + 1e-9).All(x => x);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_a_higher_tax_moves_memory_towards_the_active_guest() =>
        Prop.ForAll(Gen.Choose(0, 98).ToArbitrary(), tax =>
        {
            var low = IdleMemoryTax.Allocate(1000, TwoGuests, tax / 100.0).KeptMb[1];
            var high = IdleMemoryTax.Allocate(1000, TwoGuests, (tax + 1) / 100.0).KeptMb[1];
            return high >= low - 1e-9;
        }).QuickCheckThrowOnFailure();
}
