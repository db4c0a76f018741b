using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace VirtLab.Reliability;

/// <summary>
/// Seeded Monte Carlo check of the availability formulas: each component alternates exponential up
/// times (mean MTBF) and exponential repair times (mean MTTR); the system is up while at least k
/// components are up. The estimate is the fraction of time the system is up.
/// </summary>
/// <remarks>
/// Each replication starts every component in its steady state (up with probability Aᵢ), which is exact for
/// exponential times (memoryless), so the time average is an unbiased estimate of the steady-state availability.
/// The standard error comes from the spread between independent replications. Randomness: MathNet.Numerics
/// <see cref="Xoshiro256StarStar"/> seeded with <c>seed</c>, so a seed always gives the same result.
/// The analytic value is the probability that at least k independent components are up (Poisson-binomial),
/// which equals <see cref="Availability.Series"/> (k = n), <see cref="Availability.Parallel"/> (k = 1) and
/// <see cref="Availability.KOfN"/> (identical components).
/// </remarks>
public static class AvailabilitySimulation
{
    /// <summary>Simulates components that are all needed (series).</summary>
    /// <inheritdoc cref="KOfN" path="/param"/>
    public static MonteCarloAvailability Series(IReadOnlyList<Component> components, double horizon, int replications, int seed)
    {
        ArgumentNullException.ThrowIfNull(components);
        return KOfN(components.Count, components, horizon, replications, seed);
    }

    /// <summary>Simulates redundant components of which one suffices (parallel).</summary>
    /// <inheritdoc cref="KOfN" path="/param"/>
    public static MonteCarloAvailability Parallel(IReadOnlyList<Component> components, double horizon, int replications, int seed) =>
        KOfN(1, components, horizon, replications, seed);

    /// <summary>Simulates a k-of-n system of repairable components and compares it with the formula.</summary>
    /// <param name="k">Components needed for the system to be up. Range: 1 ≤ k ≤ n.</param>
    /// <param name="components">The n components (they may differ). Range: n ≥ 1.</param>
    /// <param name="horizon">Simulated time per replication, same unit as MTBF. Range: &gt; 0; use many MTBFs.</param>
    /// <param name="replications">Independent replications. Range: ≥ 2 (for a standard error).</param>
    /// <param name="seed">Random seed.</param>
    public static MonteCarloAvailability KOfN(int k, IReadOnlyList<Component> components, double horizon, int replications, int seed)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0)
        {
            throw new ArgumentException("At least one component is needed.", nameof(components));
        }

        foreach (var component in components)
        {
            ArgumentNullException.ThrowIfNull(component, nameof(components));
            component.Validate();
        }

        if (k < 1 || k > components.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"Must be between 1 and n = {components.Count}.");
        }

        Guard.Positive(horizon, nameof(horizon));
        if (replications < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(replications), replications, "Must be >= 2 to estimate a standard error.");
        }

        var random = new Xoshiro256StarStar(seed);
        var estimates = new double[replications];
        for (var r = 0; r < replications; r++)
        {
            estimates[r] = Replicate(k, components, horizon, random);
        }

        var (mean, stdDev) = estimates.MeanStandardDeviation();
        return new MonteCarloAvailability(k, components, Analytic(k, components), mean, stdDev / Math.Sqrt(replications), horizon, replications, seed);
    }

    /// <summary>P(at least k of the independent components are up), by dynamic programming over components.</summary>
    internal static double Analytic(int k, IReadOnlyList<Component> components)
    {
        // up[j] = P(exactly j components up among those seen so far)
        var up = new double[components.Count + 1];
        up[0] = 1;
        for (var i = 0; i < components.Count; i++)
        {
            var a = components[i].Availability;
            for (var j = i + 1; j >= 0; j--)
            {
                up[j] = up[j] * (1 - a) + (j > 0 ? up[j - 1] * a : 0);
            }
        }

        return Math.Min(1, up.Skip(k).Sum());
    }

    private static double Replicate(int k, IReadOnlyList<Component> components, double horizon, Random random)
    {
        var n = components.Count;
        var isUp = new bool[n];
        var next = new double[n];
        var upCount = 0;
        for (var i = 0; i < n; i++)
        {
            isUp[i] = random.NextDouble() < components[i].Availability;
            next[i] = Hold(components[i], isUp[i], random);
            upCount += isUp[i] ? 1 : 0;
        }

        var now = 0.0;
        var systemUpTime = 0.0;
        while (now < horizon)
        {
            var i = IndexOfMin(next);
            var until = Math.Min(next[i], horizon);
            if (upCount >= k)
            {
                systemUpTime += until - now;
            }

            now = until;
            if (now >= horizon)
            {
                break;
            }

            isUp[i] = !isUp[i];
            upCount += isUp[i] ? 1 : -1;
            next[i] = now + Hold(components[i], isUp[i], random);
        }

        return systemUpTime / horizon;
    }

    private static double Hold(Component c, bool up, Random random) =>
        Exponential.Sample(random, 1 / (up ? c.Mtbf : c.Mttr));

    private static int IndexOfMin(double[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
