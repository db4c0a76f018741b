using VirtLab.Reliability.Detection;

namespace VirtLab.Tests.Reliability.Detection;

public sealed class PhiAccrualDetectorTests
{
    [Fact] // Akka: the first heartbeat seeds the window with estimate -/+ estimate/4
    public void First_heartbeat_seeds_the_window()
    {
        var d = new PhiAccrualDetector(firstHeartbeatEstimate: 1000);
        Assert.Equal(0, d.Phi(0));
        Assert.False(d.IsSuspected(1e9));
        Assert.True(double.IsPositiveInfinity(d.SuspectAt));
        d.Heartbeat(0);
        Assert.Equal(2, d.SampleCount);
        Assert.Equal(1000, d.MeanInterval, 9);
        Assert.Equal(250, d.StdDeviation, 9);
    }

    [Fact]
    public void Uses_population_std_deviation_and_a_bounded_window()
    {
        var d = new PhiAccrualDetector(maxSampleSize: 4, minStdDeviation: 1, acceptableHeartbeatPause: 0);
        foreach (var t in new double[] { 0, 1000, 2100, 3000, 4200 })
        {
            d.Heartbeat(t);
        }

        // window keeps the last 4 intervals: 1000, 1100, 900, 1200
        Assert.Equal(4, d.SampleCount);
        Assert.Equal(1050, d.MeanInterval, 9);
        Assert.Equal(Math.Sqrt(12500), d.StdDeviation, 9);
    }

    [Fact]
    public void Phi_grows_with_silence_and_the_detector_suspects_past_the_threshold()
    {
        var d = Regular(new PhiAccrualDetector(threshold: 8, acceptableHeartbeatPause: 0), count: 50);
        var last = d.LastHeartbeat!.Value;
        Assert.True(d.Phi(last + 500) < d.Phi(last + 1500));
        Assert.False(d.IsSuspected(last + 1000));
        Assert.True(d.IsSuspected(last + 5000));
        Assert.False(d.IsSuspected(d.SuspectAt - 1e-6));
        Assert.True(d.IsSuspected(d.SuspectAt + 1e-6));
    }

    [Fact] // the acceptable pause shifts the whole curve by that amount
    public void Acceptable_pause_delays_suspicion_by_the_pause()
    {
        var tight = Regular(new PhiAccrualDetector(acceptableHeartbeatPause: 0), 20);
        var relaxed = Regular(new PhiAccrualDetector(acceptableHeartbeatPause: 3000), 20);
        Assert.Equal(tight.SuspectAt + 3000, relaxed.SuspectAt, 6);
    }

    [Fact] // Akka: an interval that ends while suspected is not added to the history
    public void Does_not_learn_from_the_gap_of_a_suspicion()
    {
        var d = Regular(new PhiAccrualDetector(acceptableHeartbeatPause: 0), 10);
        var before = d.SampleCount;
        d.Heartbeat(d.LastHeartbeat!.Value + 60_000);
        Assert.Equal(before, d.SampleCount);
    }

    [Theory]
    [InlineData(PhiModel.Normal)]
    [InlineData(PhiModel.Exponential)]
    public void Other_models_agree_with_their_own_threshold(PhiModel model)
    {
        var d = Regular(new PhiAccrualDetector(threshold: 3, model: model), 30);
        Assert.False(d.IsSuspected(d.SuspectAt - 1e-6));
        Assert.True(d.IsSuspected(d.SuspectAt + 1e-6));
        Assert.Contains(model.ToString(), d.Name);
    }

    [Fact]
    public void Rejects_bad_settings_and_time_going_backwards()
    {
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => new PhiAccrualDetector(threshold: 0)).ParamName);
        Assert.Equal("maxSampleSize", Assert.Throws<ArgumentOutOfRangeException>(() => new PhiAccrualDetector(maxSampleSize: 1)).ParamName);
        Assert.Equal("minStdDeviation", Assert.Throws<ArgumentOutOfRangeException>(() => new PhiAccrualDetector(minStdDeviation: -1)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentOutOfRangeException>(() => new PhiAccrualDetector(model: (PhiModel)9)).ParamName);
        var d = new PhiAccrualDetector();
        d.Heartbeat(100);
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => d.Heartbeat(50)).ParamName);
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => d.Phi(50)).ParamName);
    }

    private static PhiAccrualDetector Regular(PhiAccrualDetector d, int count)
    {
        for (var i = 0; i < count; i++)
        {
            d.Heartbeat(i * 1000 + (i % 3) * 20);
        }

        return d;
    }
}
