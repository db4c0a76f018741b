using VirtLab.Reliability;

namespace VirtLab.Performance;

/// <summary>Little's law L = λW, solved for whichever quantity is unknown.</summary>
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
}
