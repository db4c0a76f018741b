using VirtLab.Reliability;

namespace VirtLab.Tests.Reliability;

public sealed class AvailabilityTests
{
    [Fact] // AWS Reliability Pillar, "Definitions": 99.99 % x 3 hard dependencies = 99.97 %
    public void Series_matches_the_aws_example() =>
        Assert.Equal(0.999700029999, Availability.Series(0.9999, 0.9999, 0.9999), 12);

    [Fact] // AWS Reliability Pillar, "Definitions": two redundant 99.9 % components = 99.9999 %
    public void Parallel_matches_the_aws_example() =>
        Assert.Equal(0.999999, Availability.Parallel(0.999, 0.999), 12);

    [Theory] // formulas.md 10a (derived)
    [InlineData(1000, 10, 0.990099)]
    [InlineData(3600, 1, 3600.0 / 3601)]
    public void FromMtbf_matches_the_examples(double mtbf, double mttr, double expected) =>
        Assert.Equal(expected, Availability.FromMtbf(mtbf, mttr), 6);

    [Theory] // formulas.md 10a (derived)
    [InlineData(2, 3, 0.99, 0.999702)]
    [InlineData(2, 3, 0.9, 0.972)]
    [InlineData(3, 5, 0.9, 0.99144)]
    public void KOfN_matches_the_examples(int k, int n, double a, double expected) =>
        Assert.Equal(expected, Availability.KOfN(k, n, a), 6);

    [Fact]
    public void KOfN_reduces_to_series_and_parallel()
    {
        Assert.Equal(3 * 0.99 * 0.99 - 2 * Math.Pow(0.99, 3), Availability.KOfN(2, 3, 0.99), 12);
        Assert.Equal(Availability.Series(0.95, 0.95, 0.95, 0.95), Availability.KOfN(4, 4, 0.95), 12);
        Assert.Equal(Availability.Parallel(0.95, 0.95, 0.95, 0.95), Availability.KOfN(1, 4, 0.95), 12);
    }

    [Theory] // the "nines" table
    [InlineData(0.99, 87.6 * 60)]
    [InlineData(0.999, 8.76 * 60)]
    [InlineData(0.9999, 52.56)]
    [InlineData(0.99999, 5.256)]
    public void DowntimePerYear_matches_the_nines_table(double a, double minutes) =>
        Assert.Equal(minutes, Availability.DowntimePerYear(a).TotalMinutes, 6);

    [Fact]
    public void Nines_round_trip()
    {
        Assert.Equal(3, Availability.Nines(0.999), 9);
        Assert.Equal(0.99999, Availability.FromNines(5), 12);
        var table = Availability.Table(5);
        Assert.Equal(5, table.Rows.Count);
        Assert.Contains("99.99 %: 52.56 min per year", table.ToString());
        Assert.Contains("<table", table.ToHtml());
    }

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Equal("mtbf", Assert.Throws<ArgumentOutOfRangeException>(() => Availability.FromMtbf(0, 1)).ParamName);
        Assert.Equal("mttr", Assert.Throws<ArgumentOutOfRangeException>(() => Availability.FromMtbf(1, -1)).ParamName);
        Assert.Equal("availabilities", Assert.Throws<ArgumentOutOfRangeException>(() => Availability.Series(0.5, 1.5)).ParamName);
        Assert.Equal("availabilities", Assert.Throws<ArgumentException>(() => Availability.Parallel()).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => Availability.KOfN(4, 3, 0.9)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => Availability.KOfN(1, 0, 0.9)).ParamName);
        Assert.Equal("availability", Assert.Throws<ArgumentOutOfRangeException>(() => Availability.KOfN(1, 3, double.NaN)).ParamName);
        Assert.Equal("availability", Assert.Throws<ArgumentOutOfRangeException>(() => Availability.Nines(1)).ParamName);
        Assert.Equal("maxNines", Assert.Throws<ArgumentOutOfRangeException>(() => Availability.Table(0)).ParamName);
    }
}
