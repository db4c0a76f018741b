using VirtLab.Reliability.Detection;

namespace VirtLab.Tests.Reliability.Detection;

public sealed class PhiAccrualTests
{
    [Theory] // Akka AccrualFailureDetectorSpec "return realistic phi values" (mean 1000, sigma 100, tolerance 0.1)
    [InlineData(0, 0.0)]
    [InlineData(500, 0.1)]
    [InlineData(1000, 0.3)]
    [InlineData(1200, 1.6)]
    [InlineData(1400, 4.7)]
    [InlineData(1600, 10.8)]
    [InlineData(1700, 15.3)]
    public void Logistic_model_matches_the_akka_table(double t, double expected) =>
        Assert.Equal(expected, PhiAccrual.Phi(t, 1000, 100), tolerance: 0.1);

    [Theory] // formulas.md 10c, recomputed columns
    [InlineData(1000, 0.3010, 0.3010)]
    [InlineData(1200, 1.6428, 1.6430)]
    [InlineData(1400, 4.7367, 4.4993)]
    [InlineData(1600, 10.7826, 9.0059)]
    [InlineData(1700, 15.3685, 11.8929)]
    public void Logistic_and_exact_normal_models_match_the_recomputed_columns(double t, double logistic, double exact)
    {
        Assert.Equal(logistic, PhiAccrual.Phi(t, 1000, 100, PhiModel.NormalLogistic), tolerance: 1e-3);
        Assert.Equal(exact, PhiAccrual.Phi(t, 1000, 100, PhiModel.Normal), tolerance: 1e-3);
    }

    [Theory] // Akka spec "use good enough cumulative distribution function": cdf = 1 - 10^-phi (mean 0, sigma 10)
    [InlineData(0, 0.0, 10.0, 0.5)]
    [InlineData(6, 0.0, 10.0, 0.7257)]
    [InlineData(15, 0.0, 10.0, 0.9332)]
    [InlineData(20, 0.0, 10.0, 0.97725)]
    [InlineData(25, 0.0, 10.0, 0.99379)]
    [InlineData(35, 0.0, 10.0, 0.99977)]
    [InlineData(40, 0.0, 10.0, 0.99997)]
    [InlineData(22, 20.0, 3.0, 0.7475)]
    public void Logistic_cdf_matches_the_akka_values(double t, double mean, double sigma, double cdf) =>
        Assert.Equal(cdf, 1 - Math.Pow(10, -PhiAccrual.Phi(t, mean, sigma)), tolerance: 1e-3);

    [Fact] // Akka spec "handle outliers without losing precision or hitting exceptions"
    public void Logistic_model_handles_outliers()
    {
        Assert.Equal(38, PhiAccrual.Phi(10, 0, 1), tolerance: 1.0);
        Assert.True(double.IsFinite(PhiAccrual.Phi(1e6, 0, 1, PhiModel.Normal)) || PhiAccrual.Phi(1e6, 0, 1, PhiModel.Normal) > 1e3);
    }

    [Fact] // Cassandra FailureDetector: phi = t / mean / ln 10; phi 8 at about 18.42 x mean
    public void Exponential_model_matches_cassandra()
    {
        Assert.Equal(8, PhiAccrual.PhiExponential(18.42 * 1000, 1000), tolerance: 1e-3);
        Assert.Equal(18.42068, PhiAccrual.ElapsedAt(8, 1000, 1, PhiModel.Exponential) / 1000, tolerance: 1e-5);
    }

    [Theory]
    [InlineData(PhiModel.NormalLogistic, 0.5)]
    [InlineData(PhiModel.NormalLogistic, 8)]
    [InlineData(PhiModel.Normal, 0.5)]
    [InlineData(PhiModel.Normal, 8)]
    [InlineData(PhiModel.Normal, 15)]
    public void ElapsedAt_inverts_Phi(PhiModel model, double phi)
    {
        var t = PhiAccrual.ElapsedAt(phi, 1000, 100, model);
        Assert.Equal(phi, PhiAccrual.Phi(t, 1000, 100, model), tolerance: 1e-7);
    }

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Equal("stdDeviation", Assert.Throws<ArgumentOutOfRangeException>(() => PhiAccrual.Phi(1, 1, 0)).ParamName);
        Assert.Equal("elapsed", Assert.Throws<ArgumentOutOfRangeException>(() => PhiAccrual.Phi(-1, 1, 1)).ParamName);
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => PhiAccrual.PhiExponential(1, 0)).ParamName);
        Assert.Equal("phi", Assert.Throws<ArgumentOutOfRangeException>(() => PhiAccrual.ElapsedAt(0, 1, 1)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentOutOfRangeException>(() => PhiAccrual.Phi(1, 1, 1, PhiModel.Exponential)).ParamName);
    }
}
