using VirtLab.Reliability.Recovery;

namespace VirtLab.Tests.Reliability.Recovery;

public sealed class BackoffPolicyTests
{
    [Fact] // Kubernetes docs, Pod Lifecycle: 10s, 20s, 40s, ... capped at five minutes
    public void Kubernetes_preset_matches_the_documented_sequence() =>
        Assert.Equal(new double[] { 10, 20, 40, 80, 160, 300, 300 },
            BackoffPolicy.Kubernetes.Delays(7).Select(d => d.TotalSeconds));

    [Fact] // Docker docs: double the previous delay, starting at 100 ms (moby caps at 1 min)
    public void Docker_preset_matches_the_documented_sequence() =>
        Assert.Equal(new double[] { 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 12.8, 25.6, 51.2, 60, 60 },
            BackoffPolicy.Docker.Delays(12).Select(d => Math.Round(d.TotalSeconds, 9)));

    [Fact]
    public void Nominal_delay_is_capped_even_for_huge_attempts()
    {
        var p = new BackoffPolicy(TimeSpan.FromSeconds(1), 3, TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(9), p.NominalDelay(2));
        Assert.Equal(TimeSpan.FromSeconds(30), p.NominalDelay(5000));
    }

    [Fact] // AWS "Exponential Backoff And Jitter": full jitter draws in [0, delay), equal jitter in [delay/2, delay)
    public void Jitter_stays_in_its_band_and_is_reproducible()
    {
        var full = new BackoffPolicy(TimeSpan.FromSeconds(1), 2, TimeSpan.FromSeconds(64), jitter: 1, seed: 42);
        var equal = new BackoffPolicy(TimeSpan.FromSeconds(1), 2, TimeSpan.FromSeconds(64), jitter: 0.5, seed: 42);
        var f = full.Delays(7);
        var e = equal.Delays(7);
        for (var k = 0; k < 7; k++)
        {
            var nominal = full.NominalDelay(k);
            Assert.InRange(f[k], TimeSpan.Zero, nominal);
            Assert.InRange(e[k], nominal / 2, nominal);
        }

        Assert.Equal(f, full.Delays(7));
        Assert.NotEqual(f, new BackoffPolicy(TimeSpan.FromSeconds(1), 2, TimeSpan.FromSeconds(64), jitter: 1, seed: 43).Delays(7));
    }

    [Fact]
    public void Schedule_resets_after_recovery()
    {
        var schedule = BackoffPolicy.Kubernetes.Start();
        schedule.Next();
        schedule.Next();
        Assert.Equal(2, schedule.Attempt);
        schedule.Reset();
        Assert.Equal(TimeSpan.FromSeconds(10), schedule.Next());
    }

    [Fact]
    public void Rejects_bad_settings()
    {
        var s = TimeSpan.FromSeconds(1);
        Assert.Equal("baseDelay", Assert.Throws<ArgumentOutOfRangeException>(() => new BackoffPolicy(TimeSpan.Zero, 2, s)).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => new BackoffPolicy(s, 0.5, s)).ParamName);
        Assert.Equal("maxDelay", Assert.Throws<ArgumentOutOfRangeException>(() => new BackoffPolicy(s, 2, s / 2)).ParamName);
        Assert.Equal("jitter", Assert.Throws<ArgumentOutOfRangeException>(() => new BackoffPolicy(s, 2, s, 1.5)).ParamName);
        Assert.Equal("attempt", Assert.Throws<ArgumentOutOfRangeException>(() => BackoffPolicy.Docker.NominalDelay(-1)).ParamName);
    }
}
