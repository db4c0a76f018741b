using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation;
using static VirtLab.Tests.Allocation.AllocationAssert;

namespace VirtLab.Tests.Allocation;

public sealed class WaterFillTests
{
    [Fact]
    public void Selection_and_sweep_find_the_same_level()
    {
        var instance = from caps in Amounts(0, 50)
                       from weights in Amount(1, 9).ArrayOf(caps.Length)
                       from capacity in Amount(1, 300)
                       select (caps, weights, capacity);
        Prop.ForAll(instance.ToArbitrary(), x =>
        {
            var (selected, _) = WaterFill.Solve(x.capacity, x.weights, null, x.caps);
            var (swept, _) = WaterFill.Solve(x.capacity, x.weights, new double[x.caps.Length], x.caps);
            return selected.Zip(swept).All(p => Math.Abs(p.First - p.Second) < 1e-9);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Ties_between_breakpoints_are_handled()
    {
        var (amounts, level) = WaterFill.Solve(10, [1, 1, 1, 1, 1], null, [2, 2, 2, 5, 5]);
        Close([2, 2, 2, 2, 2], amounts);
        Assert.Equal(2, level, 12);
    }
}
