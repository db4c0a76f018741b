namespace VirtLab.Reliability.Recovery;

/// <summary>The running state of a <see cref="BackoffPolicy"/>: which attempt comes next, and the jitter sequence.</summary>
public sealed class BackoffSchedule
{
    private readonly BackoffPolicy _policy;
    private Random _random;

    internal BackoffSchedule(BackoffPolicy policy)
    {
        _policy = policy;
        _random = new MathNet.Numerics.Random.Xoshiro256StarStar(policy.Seed);
    }

    /// <summary>Number of delays handed out since the start or the last <see cref="Reset"/>.</summary>
    public int Attempt { get; private set; }

    /// <summary>The delay before the next attempt (jitter applied), and advances the attempt counter.</summary>
    public TimeSpan Next()
    {
        var nominal = _policy.NominalDelay(Attempt);
        Attempt++;
        if (_policy.Jitter == 0)
        {
            return nominal;
        }

        return TimeSpan.FromTicks((long)(nominal.Ticks * (1 - _policy.Jitter * _random.NextDouble())));
    }

    /// <summary>Back to attempt 0 (after the service has recovered); the jitter sequence continues.</summary>
    public void Reset() => Attempt = 0;

    /// <summary>Back to attempt 0 and to the start of the jitter sequence.</summary>
    public void Restart()
    {
        Attempt = 0;
        _random = new MathNet.Numerics.Random.Xoshiro256StarStar(_policy.Seed);
    }
}
