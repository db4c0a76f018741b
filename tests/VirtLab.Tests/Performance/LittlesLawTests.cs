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
}
