using VirtLab.Allocation.Memory;

namespace VirtLab.Tests.Allocation.Memory;

public sealed class MemoryOvercommitTests
{
    private static readonly GuestMemory[] Guests =
    [
        new("a", 2048, 1024),
        new("b", 2048, 512),
        new("c", 2048, 768),
    ];

    [Fact] // derived example in MemoryOvercommit's remarks
    public void Overcommitted_but_the_working_sets_fit()
    {
        var r = MemoryOvercommit.Analyze(4096, Guests);
        Assert.Equal(1.5, r.OvercommitRatio, 12);
        Assert.Equal(2304, r.ActiveMb);
        Assert.True(r.WorkingSetsFit);
        Assert.Equal(1792, r.HeadroomMb);
    }

    [Fact]
    public void Working_sets_that_do_not_fit_are_flagged()
    {
        var r = MemoryOvercommit.Analyze(2048, Guests);
        Assert.False(r.WorkingSetsFit);
        Assert.Contains("do not fit", r.ToString());
        Assert.True(MemoryOvercommit.Analyze(2048, Guests, sharingSavingsMb: 300).WorkingSetsFit);
    }

    [Fact]
    public void Rejects_zero_machine_memory() =>
        Assert.Equal("machineMb", Assert.Throws<ArgumentOutOfRangeException>(() => MemoryOvercommit.Analyze(0, Guests)).ParamName);
}
