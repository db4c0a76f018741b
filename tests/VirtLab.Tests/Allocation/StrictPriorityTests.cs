using VirtLab.Allocation;
using static VirtLab.Tests.Allocation.AllocationAssert;

namespace VirtLab.Tests.Allocation;

public sealed class StrictPriorityTests
{
    [Fact] // derived example in StrictPriority's remarks
    public void Serves_the_high_class_fully_before_the_low_class() =>
        Close([6, 0, 4], Allocate.StrictPriority(10, [6, 3, 4], [2, 1, 2]));

    [Fact]
    public void Low_class_gets_what_is_left()
    {
        var split = Allocate.StrictPriority(10, [3, 5, 4], [2, 1, 2]);
        Close([3, 3, 4], split);
    }

    [Fact]
    public void Splits_max_min_inside_a_class() =>
        Close([2, 4, 4, 0], Allocate.StrictPriority(10, [2, 5, 6, 1], [1, 1, 1, 0]));

    [Fact]
    public void Rejects_mismatched_priorities() =>
        Assert.Equal("priorities", Assert.Throws<ArgumentException>(() => Allocate.StrictPriority(10, [1, 2], [1])).ParamName);
}
