using VirtLab.Reliability;

namespace VirtLab.Tests.Reliability;

public sealed class AvailabilitySimulationTests
{
    private static readonly Component[] Mixed =
    [
        new("web", 1000, 10),
        new("db", 500, 20),
        new("cache", 200, 5),
    ];

    [Fact]
    public void Series_simulation_agrees_with_the_product_formula()
    {
        var result = AvailabilitySimulation.Series(Mixed, horizon: 100_000, replications: 40, seed: 1);
        Assert.Equal(Availability.Series(Mixed.Select(c => c.Availability).ToArray()), result.Analytic, 12);
        Assert.InRange(Math.Abs(result.ZScore), 0, 4);
        Assert.InRange(result.StandardError, 1e-6, 2e-3);
    }

    [Fact]
    public void Parallel_simulation_agrees_with_the_redundancy_formula()
    {
        var result = AvailabilitySimulation.Parallel(Mixed, horizon: 100_000, replications: 40, seed: 2);
        Assert.Equal(Availability.Parallel(Mixed.Select(c => c.Availability).ToArray()), result.Analytic, 12);
        Assert.InRange(Math.Abs(result.ZScore), 0, 4);
    }

    [Fact]
    public void KOfN_simulation_agrees_with_the_binomial_formula()
    {
        // Low availabilities (a = 0.8) so that the difference between 2-of-3 and the alternatives is visible.
        var nodes = Enumerable.Range(1, 3).Select(i => new Component($"node{i}", 40, 10)).ToArray();
        var result = AvailabilitySimulation.KOfN(2, nodes, horizon: 20_000, replications: 40, seed: 3);
        Assert.Equal(Availability.KOfN(2, 3, 0.8), result.Analytic, 12);
        Assert.InRange(Math.Abs(result.ZScore), 0, 4);
        Assert.InRange(Math.Abs(result.Estimate - result.Analytic), 0, 0.01);
        // and it clearly separates from the series and parallel answers
        Assert.True(Math.Abs(result.Estimate - Availability.KOfN(3, 3, 0.8)) > 0.1);
        Assert.True(Math.Abs(result.Estimate - Availability.KOfN(1, 3, 0.8)) > 0.05);
    }

    [Fact]
    public void Same_seed_gives_the_same_result_and_another_seed_does_not()
    {
        var a = AvailabilitySimulation.Series(Mixed, 10_000, 5, seed: 7);
        var b = AvailabilitySimulation.Series(Mixed, 10_000, 5, seed: 7);
        var c = AvailabilitySimulation.Series(Mixed, 10_000, 5, seed: 8);
        Assert.Equal(a.Estimate, b.Estimate);
        Assert.NotEqual(a.Estimate, c.Estimate);
        Assert.Contains("3-of-3", a.ToString());
        Assert.Contains("<table", a.ToHtml());
    }

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilitySimulation.KOfN(0, Mixed, 10, 2, 1)).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilitySimulation.Series(Mixed, 0, 2, 1)).ParamName);
        Assert.Equal("replications", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilitySimulation.Series(Mixed, 10, 1, 1)).ParamName);
        Assert.Equal("components", Assert.Throws<ArgumentException>(() => AvailabilitySimulation.Series([], 10, 2, 1)).ParamName);
        Assert.Equal("Mttr", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilitySimulation.Series([new("x", 1, 0)], 10, 2, 1)).ParamName);
    }
}
