using VirtLab.Reliability.Detection;

namespace VirtLab.Tests.Reliability.Detection;

public sealed class FixedTimeoutDetectorTests
{
    [Fact]
    public void Suspects_exactly_after_the_timeout()
    {
        var d = new FixedTimeoutDetector(3000);
        Assert.False(d.IsSuspected(1e9)); // never heard from: not suspected
        d.Heartbeat(1000);
        Assert.Equal(4000, d.SuspectAt);
        Assert.False(d.IsSuspected(4000));
        Assert.True(d.IsSuspected(4000.001));
        Assert.Equal(0.5, d.Suspicion(2500), 12);
        Assert.Equal("timeout 3000", d.Name);
    }

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Equal("timeout", Assert.Throws<ArgumentOutOfRangeException>(() => new FixedTimeoutDetector(0)).ParamName);
        var d = new FixedTimeoutDetector(1);
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => d.Heartbeat(double.NaN)).ParamName);
    }
}
