using VirtLab.Allocation.Memory;
using static VirtLab.Tests.Allocation.AllocationAssert;

namespace VirtLab.Tests.Allocation.Memory;

public sealed class BallooningTests
{
    private static readonly GuestMemory[] TwoGuests =
    [
        new("idle", 1000, 100, Shares: 1),
        new("busy", 1000, 800, Shares: 1),
    ];

    [Fact] // derived from the idle-tax equilibrium (Waldspurger 2002 sections 3.2 and 5.2)
    public void Balloons_follow_the_idle_tax_targets()
    {
        var plan = Ballooning.Plan(TwoGuests, 1000, maxBalloonFraction: 1);
        Close([260, 740], plan.TargetMb, 1e-6);
        Close([740, 260], plan.BalloonMb, 1e-6);
        Close([0, 60], plan.GuestPagedMb, 1e-6);
        Assert.Equal(0, plan.TotalHostSwapMb, 9);
    }

    [Fact] // Mem.CtlMaxPercent = 65 %: the rest must be swapped by the host
    public void Default_balloon_cap_leaves_the_rest_to_host_swapping()
    {
        var plan = Ballooning.Plan(TwoGuests, 1000);
        Close([650, 260], plan.BalloonMb, 1e-6);
        Close([90, 0], plan.HostSwapMb, 1e-6);
    }

    [Fact]
    public void Reclaiming_only_idle_memory_pages_nothing_out()
    {
        var plan = Ballooning.Plan(TwoGuests, 300, maxBalloonFraction: 1);
        Assert.Equal(300, plan.TotalBalloonMb, 6);
        Close([0, 0], plan.GuestPagedMb, 1e-9);
    }

    [Fact]
    public void Nothing_to_reclaim_means_no_balloon() =>
        Assert.Equal(0, Ballooning.Plan(TwoGuests, 0).TotalBalloonMb);

    [Fact]
    public void Display() => Assert.Contains("balloon MB", Ballooning.Plan(TwoGuests, 100).ToHtml());

    [Fact]
    public void Rejects_reclaiming_more_than_is_held() =>
        Assert.Equal("reclaimMb", Assert.Throws<ArgumentOutOfRangeException>(() => Ballooning.Plan(TwoGuests, 2001)).ParamName);

    [Fact]
    public void Rejects_bad_cap() =>
        Assert.Equal("maxBalloonFraction", Assert.Throws<ArgumentOutOfRangeException>(() => Ballooning.Plan(TwoGuests, 10, maxBalloonFraction: 1.5)).ParamName);
}
