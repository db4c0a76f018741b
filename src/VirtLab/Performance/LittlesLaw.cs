using VirtLab.Reliability;

namespace VirtLab.Performance;

/// <summary>Little's law L = λW, solved for whichever quantity is unknown, and its closed-loop form R = N/X − Z.</summary>
/// <remarks>
/// Holds for any stable system in steady state, whatever the arrival and service distributions.
/// Source: J. D. C. Little, "A proof for the queuing formula L = λW", <i>Operations Research</i> 9(3):383–387, 1961.
/// Worked example (tested): AWS Well-Architected Reliability Pillar, "Design your workload to adapt to changes
/// in demand": 100 requests/s × 0.5 s = 50 concurrent requests.
/// </remarks>
public static class LittlesLaw
{
    /// <summary>Mean number in the system L = λW.</summary>
    /// <param name="arrivalRate">Throughput λ. Range: λ ≥ 0.</param>
    /// <param name="meanTimeInSystem">Mean time in the system W, same time unit as λ. Range: W ≥ 0.</param>
    public static double MeanNumberInSystem(double arrivalRate, double meanTimeInSystem)
    {
        Guard.NonNegative(arrivalRate, nameof(arrivalRate));
        Guard.NonNegative(meanTimeInSystem, nameof(meanTimeInSystem));
        return arrivalRate * meanTimeInSystem;
    }

    /// <summary>Throughput λ = L/W.</summary>
    /// <param name="meanNumberInSystem">Mean number in the system L. Range: L ≥ 0.</param>
    /// <param name="meanTimeInSystem">Mean time in the system W. Range: W &gt; 0.</param>
    public static double ArrivalRate(double meanNumberInSystem, double meanTimeInSystem)
    {
        Guard.NonNegative(meanNumberInSystem, nameof(meanNumberInSystem));
        Guard.Positive(meanTimeInSystem, nameof(meanTimeInSystem));
        return meanNumberInSystem / meanTimeInSystem;
    }

    /// <summary>Mean time in the system W = L/λ.</summary>
    /// <param name="meanNumberInSystem">Mean number in the system L. Range: L ≥ 0.</param>
    /// <param name="arrivalRate">Throughput λ. Range: λ &gt; 0.</param>
    public static double MeanTimeInSystem(double meanNumberInSystem, double arrivalRate)
    {
        Guard.NonNegative(meanNumberInSystem, nameof(meanNumberInSystem));
        Guard.Positive(arrivalRate, nameof(arrivalRate));
        return meanNumberInSystem / arrivalRate;
    }

    /// <summary>
    /// Mean response time of a closed loop, R = N/X − Z (the interactive response time law): N clients each wait for an
    /// answer (R) and then think (Z) before the next request, so Little's law over the whole loop gives N = X·(R + Z).
    /// </summary>
    /// <param name="clients">Number of clients N in the loop. Range: N &gt; 0.</param>
    /// <param name="throughput">Measured throughput X (requests per time unit). Range: X &gt; 0.</param>
    /// <param name="thinkTime">Mean think time Z between an answer and the client's next request, same time unit. Range: 0 ≤ Z ≤ N/X.</param>
    /// <returns>R in the time unit of <paramref name="thinkTime"/> and 1/<paramref name="throughput"/>.</returns>
    /// <remarks>
    /// Source: P. J. Denning and J. P. Buzen, "The operational analysis of queueing network models", <i>ACM Computing Surveys</i>
    /// 10(3):225–261, 1978 (interactive response time formula); R. Jain, <i>The Art of Computer Systems Performance Analysis</i>,
    /// Wiley 1991, ch. 33 ("Interactive response time law"). A closed-loop load generator with no think time has Z = 0 and
    /// R = N/X: it is not an open M/M/1 queue, whose arrivals do not wait for answers. Worked example (tested, computed from
    /// the law): 20 clients, Z = 1 s, X = 16 requests/s → R = 20/16 − 1 = 0.25 s.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">N or X is not positive, Z is negative, or Z exceeds N/X (a negative response time).</exception>
    public static double InteractiveResponseTime(double clients, double throughput, double thinkTime = 0)
    {
        Guard.Positive(clients, nameof(clients));
        Guard.Positive(throughput, nameof(throughput));
        Guard.NonNegative(thinkTime, nameof(thinkTime));
        var cycle = clients / throughput;
        if (thinkTime > cycle)
        {
            throw new ArgumentOutOfRangeException(nameof(thinkTime), thinkTime,
                $"The think time cannot exceed N/X = {cycle}: each client's cycle is its response time plus its think time.");
        }

        return cycle - thinkTime;
    }
}
