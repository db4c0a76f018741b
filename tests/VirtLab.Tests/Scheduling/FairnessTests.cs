using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class FairnessTests
{
    [Theory] // Jain et al. 1984 (k of n equal users -> k/n) and formulas.md §12
    [InlineData(new[] { 1.0, 1, 1, 1 }, 1.0)]
    [InlineData(new[] { 1.0, 0, 0, 0 }, 0.25)]
    [InlineData(new[] { 1.0, 1, 0, 0 }, 0.5)]
    [InlineData(new[] { 1.0, 2, 3, 4, 5 }, 225.0 / 275)]
    [InlineData(new[] { 2.0, 2.6, 2.7, 2.7 }, 0.986582)]
    [InlineData(new[] { 4.0, 2, 6, 4 }, 256.0 / 288)]
    public void Jain_Should_Match_The_Reference_Vectors(double[] x, double expected) =>
        Assert.Equal(expected, Fairness.Jain(x), 6);

    [Fact]
    public void Jain_Should_Not_Depend_On_Scale() =>
        Assert.Equal(Fairness.Jain([1, 2, 3]), Fairness.Jain([10, 20, 30]), 12);

    [Fact]
    public void Jain_Should_Reject_Empty_Input() =>
        Assert.Equal("allocations", Assert.Throws<ArgumentException>(() => Fairness.Jain([])).ParamName);

    [Theory, InlineData(-1.0), InlineData(double.NaN), InlineData(double.PositiveInfinity)]
    public void Jain_Should_Reject_Bad_Values(double bad) =>
        Assert.Equal("allocations", Assert.Throws<ArgumentException>(() => Fairness.Jain([1, bad])).ParamName);

    [Fact]
    public void Jain_Should_Reject_All_Zero() =>
        Assert.Throws<ArgumentException>(() => Fairness.Jain([0, 0]));
}
