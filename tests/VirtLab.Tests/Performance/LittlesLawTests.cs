using VirtLab.Performance;

namespace VirtLab.Tests.Performance;

public sealed class LittlesLawTests
{
    [Fact] // AWS Reliability Pillar: 100 rps x 0.5 s = 50
    public void Matches_the_aws_example()
    {
        Assert.Equal(50, LittlesLaw.MeanNumberInSystem(100, 0.5), 12);
        Assert.Equal(100, LittlesLaw.ArrivalRate(50, 0.5), 12);
        Assert.Equal(0.5, LittlesLaw.MeanTimeInSystem(50, 100), 12);
    }

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Equal("arrivalRate", Assert.Throws<ArgumentOutOfRangeException>(() => LittlesLaw.MeanNumberInSystem(-1, 1)).ParamName);
        Assert.Equal("meanTimeInSystem", Assert.Throws<ArgumentOutOfRangeException>(() => LittlesLaw.ArrivalRate(1, 0)).ParamName);
        Assert.Equal("arrivalRate", Assert.Throws<ArgumentOutOfRangeException>(() => LittlesLaw.MeanTimeInSystem(1, double.NaN)).ParamName);
    }

    [Fact] // Interactive response time law R = N/X - Z (Denning and Buzen 1978; Jain 1991, ch. 33), example computed from the law
    public void Interactive_response_time_is_little_on_the_whole_loop()
    {
        Assert.Equal(0.25, LittlesLaw.InteractiveResponseTime(clients: 20, throughput: 16, thinkTime: 1), 12);
        Assert.Equal(0.5, LittlesLaw.InteractiveResponseTime(clients: 8, throughput: 16), 12);
        var r = LittlesLaw.InteractiveResponseTime(clients: 64, throughput: 2.5, thinkTime: 18);
        Assert.Equal(64, LittlesLaw.MeanNumberInSystem(2.5, r + 18), 9);
    }

    [Fact]
    public void Interactive_response_time_rejects_bad_input()
    {
        Assert.Equal("clients", Assert.Throws<ArgumentOutOfRangeException>(() => LittlesLaw.InteractiveResponseTime(0, 1)).ParamName);
        Assert.Equal("throughput", Assert.Throws<ArgumentOutOfRangeException>(() => LittlesLaw.InteractiveResponseTime(1, 0)).ParamName);
        Assert.Equal("thinkTime", Assert.Throws<ArgumentOutOfRangeException>(() => LittlesLaw.InteractiveResponseTime(1, 1, -1)).ParamName);
        Assert.Equal("thinkTime", Assert.Throws<ArgumentOutOfRangeException>(() => LittlesLaw.InteractiveResponseTime(8, 16, 1)).ParamName);
    }
}
