using System.Globalization;

namespace VirtLab.Reliability.Recovery;

/// <summary>
/// Exponential backoff between restart attempts: delay_k = min(max, base × factor^k) for attempt k = 0, 1, 2, …,
/// optionally shortened by seeded random jitter, delay × (1 − jitter × U) with U uniform in [0, 1).
/// </summary>
/// <remarks>
/// Jitter 1 is AWS's "Full Jitter" (uniform in [0, delay)) and jitter 0.5 its "Equal Jitter" (delay/2 + uniform
/// in [0, delay/2)): M. Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015. Presets:
/// <see cref="Kubernetes"/> (kubelet CrashLoopBackOff: "exponential back-off delay (10s, 20s, 40s, …), that is
/// capped at five minutes", Kubernetes docs, "Pod Lifecycle → Container restart policy") and <see cref="Docker"/>
/// (restart policies: "double the previous delay, starting at 100 milliseconds", Docker docs, "Start containers
/// automatically"; capped at 1 minute by moby <c>restartmanager/restartmanager.go</c>: defaultTimeout 100 ms, backoffMultiplier 2, maxRestartTimeout 1 min). The same policy drives
/// <see cref="RecoverySimulation"/> and the container supervisor.
/// </remarks>
public sealed class BackoffPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="baseDelay">Delay before the first retry. Range: &gt; 0.</param>
    /// <param name="factor">Growth per attempt. Range: ≥ 1.</param>
    /// <param name="maxDelay">Cap on any delay. Range: ≥ <paramref name="baseDelay"/>.</param>
    /// <param name="jitter">Largest fraction removed at random. Range: 0 ≤ jitter ≤ 1.</param>
    /// <param name="seed">Seed of the jitter's random source (each <see cref="Start"/> restarts the sequence).</param>
    public BackoffPolicy(TimeSpan baseDelay, double factor, TimeSpan maxDelay, double jitter = 0, int seed = 0)
    {
        if (baseDelay <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(baseDelay), baseDelay, "Must be > 0.");
        }

        if (!(factor >= 1) || double.IsPositiveInfinity(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "Must be a finite number >= 1.");
        }

        if (maxDelay < baseDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDelay), maxDelay, $"Must be >= the base delay ({baseDelay}).");
        }

        Guard.Probability(jitter, nameof(jitter));
        BaseDelay = baseDelay;
        Factor = factor;
        MaxDelay = maxDelay;
        Jitter = jitter;
        Seed = seed;
    }

    /// <summary>Kubernetes' CrashLoopBackOff: 10 s, doubling, capped at 5 min, no jitter.</summary>
    public static BackoffPolicy Kubernetes => new(TimeSpan.FromSeconds(10), 2, TimeSpan.FromMinutes(5));

    /// <summary>Docker's restart policy: 100 ms, doubling, capped at 1 min, no jitter.</summary>
    public static BackoffPolicy Docker => new(TimeSpan.FromMilliseconds(100), 2, TimeSpan.FromMinutes(1));

    /// <summary>Delay before the first retry.</summary>
    public TimeSpan BaseDelay { get; }

    /// <summary>Growth per attempt.</summary>
    public double Factor { get; }

    /// <summary>Cap on any delay.</summary>
    public TimeSpan MaxDelay { get; }

    /// <summary>Largest fraction of a delay removed at random.</summary>
    public double Jitter { get; }

    /// <summary>Seed of the jitter.</summary>
    public int Seed { get; }

    /// <summary>The nominal (jitter-free) delay before retry <paramref name="attempt"/>: min(max, base × factor^attempt).</summary>
    /// <param name="attempt">Retry number, 0 for the first. Range: ≥ 0.</param>
    public TimeSpan NominalDelay(int attempt)
    {
        if (attempt < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(attempt), attempt, "Must be >= 0.");
        }

        var seconds = BaseDelay.TotalSeconds * Math.Pow(Factor, attempt);   // may overflow to +inf: the cap handles it
        return seconds >= MaxDelay.TotalSeconds ? MaxDelay : TimeSpan.FromSeconds(seconds);
    }

    /// <summary>A fresh schedule (attempt 0, jitter sequence from <see cref="Seed"/>).</summary>
    public BackoffSchedule Start() => new(this);

    /// <summary>The first <paramref name="count"/> delays of a fresh schedule, jitter included.</summary>
    /// <param name="count">How many. Range: ≥ 0.</param>
    public IReadOnlyList<TimeSpan> Delays(int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Must be >= 0.");
        }

        var schedule = Start();
        return Enumerable.Range(0, count).Select(_ => schedule.Next()).ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"backoff {BaseDelay.TotalSeconds:G4} s x {Factor:G4} up to {MaxDelay.TotalSeconds:G4} s{(Jitter > 0 ? ", jitter " + Jitter.ToString("P0", CultureInfo.InvariantCulture) + " (seed " + Seed.ToString(CultureInfo.InvariantCulture) + ")" : "")}");
}
