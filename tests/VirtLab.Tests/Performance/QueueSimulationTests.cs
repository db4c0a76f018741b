using VirtLab.Performance;

namespace VirtLab.Tests.Performance;

public sealed class QueueSimulationTests
{
    [Theory]
    [InlineData(2.0, 3.0, 1)]       // rho = 2/3
    [InlineData(2.0, 3.0, 2)]       // the M/M/2 example
    [InlineData(0.2, 1.0 / 240, 55)] // the call centre
    public void Measured_means_agree_with_the_formulas(double lambda, double mu, int c)
    {
        // Waits are strongly correlated near saturation (the call centre runs at rho = 0.87), so sample means
        // converge slowly: the bands are about 4 standard errors wide at 500 000 customers.
        var m = QueueSimulation.Run(lambda, mu, c, customers: 500_000, seed: 1);
        Assert.InRange(m.MeanResponseTime / m.Model.MeanResponseTime, 0.96, 1.04);
        Assert.InRange(m.ShareThatWaited - m.Model.ProbabilityOfWaiting, -0.03, 0.03);
        Assert.InRange(m.Utilization - m.Model.Utilization, -0.02, 0.02);
        Assert.InRange(m.MeanWaitingTime / m.Model.MeanWaitingTime, 0.8, 1.2);
    }

    [Fact]
    public void Is_deterministic_and_displays()
    {
        var a = QueueSimulation.Run(1, 2, 1, 1000, seed: 4);
        Assert.Equal(a.MeanWaitingTime, QueueSimulation.Run(1, 2, 1, 1000, seed: 4).MeanWaitingTime);
        Assert.Contains("formula", a.ToString());
        Assert.Contains("<table", a.ToHtml());
    }

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Equal("arrivalRate", Assert.Throws<ArgumentOutOfRangeException>(() => QueueSimulation.Run(3, 1, 2, 1000, 1)).ParamName);
        Assert.Equal("customers", Assert.Throws<ArgumentOutOfRangeException>(() => QueueSimulation.Run(1, 2, 1, 10, 1)).ParamName);
        Assert.Equal("warmUp", Assert.Throws<ArgumentOutOfRangeException>(() => QueueSimulation.Run(1, 2, 1, 1000, 1, -1)).ParamName);
    }
}
