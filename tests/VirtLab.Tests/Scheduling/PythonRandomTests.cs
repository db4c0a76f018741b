using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class PythonRandomTests
{
    [Theory] // python3 -c "import random; random.seed(S, version=1); print(random.random())"
    [InlineData(100L, 0.1456692551041303, 0.45492700451402135)]
    [InlineData(0L, 0.8444218515250481, 0.7579544029403025)]
    [InlineData(1099511627781L, 0.5043802970418443, double.NaN)]   // 2**40 + 5: a two-word key
    public void NextDouble_Should_Match_Python(long seed, double first, double second)
    {
        var random = new PythonRandom(seed);

        Assert.Equal(first, random.NextDouble());
        if (!double.IsNaN(second))
        {
            Assert.Equal(second, random.NextDouble());
        }
    }

    [Fact]
    public void Negative_Seeds_Should_Act_As_Their_Absolute_Value() =>
        Assert.Equal(new PythonRandom(42).NextDouble(), new PythonRandom(-42).NextDouble());
}
