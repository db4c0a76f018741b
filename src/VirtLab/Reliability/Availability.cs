using MathNet.Numerics.Distributions;

namespace VirtLab.Reliability;

/// <summary>Steady-state availability: MTBF/MTTR, series, parallel, k-of-n redundancy and "nines".</summary>
/// <remarks>
/// Source: AWS Well-Architected Framework, Reliability Pillar, "Definitions → Availability"
/// (https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/definitions.html):
/// A = MTBF/(MTBF + MTTR); hard dependencies multiply (99.99 %³ = 99.97 %); independent redundant
/// components combine as 1 − Π(1 − Aᵢ) (two 99.9 % components = 99.9999 %). All formulas assume
/// independent failures; <see cref="AvailabilitySimulation"/> checks them by Monte Carlo.
/// </remarks>
public static class Availability
{
    /// <summary>Hours in a (non-leap) year, the base of the "nines" downtime table.</summary>
    public const double HoursPerYear = 8760;

    /// <summary>Availability of one repairable component, A = MTBF/(MTBF + MTTR).</summary>
    /// <param name="mtbf">Mean time between failures (mean up time). Range: MTBF &gt; 0.</param>
    /// <param name="mttr">Mean time to repair, same unit. Range: MTTR ≥ 0.</param>
    /// <remarks>Source: AWS Reliability Pillar, "Definitions". Tested (derived): MTBF 1000 h, MTTR 10 h → 0.990099;
    /// MTBF 3600 h, MTTR 1 h → 3600/3601.</remarks>
    public static double FromMtbf(double mtbf, double mttr)
    {
        Guard.Positive(mtbf, nameof(mtbf));
        Guard.NonNegative(mttr, nameof(mttr));
        return mtbf / (mtbf + mttr);
    }

    /// <summary>Availability of components that are all needed (hard dependencies in series), A = Π Aᵢ.</summary>
    /// <param name="availabilities">Aᵢ per component. Range: 0 ≤ Aᵢ ≤ 1; at least one.</param>
    /// <remarks>Source: AWS Reliability Pillar, "Definitions" (tested: 99.99 % × 3 = 99.97 %).</remarks>
    public static double Series(params double[] availabilities)
    {
        Validate(availabilities, nameof(availabilities));
        return availabilities.Aggregate(1.0, (product, a) => product * a);
    }

    /// <summary>Availability of independent redundant components of which any one suffices, A = 1 − Π(1 − Aᵢ).</summary>
    /// <param name="availabilities">Aᵢ per component. Range: 0 ≤ Aᵢ ≤ 1; at least one.</param>
    /// <remarks>Source: AWS Reliability Pillar, "Definitions" (tested: two 99.9 % components = 99.9999 %).</remarks>
    public static double Parallel(params double[] availabilities)
    {
        Validate(availabilities, nameof(availabilities));
        return 1 - availabilities.Aggregate(1.0, (product, a) => product * (1 - a));
    }

    /// <summary>Availability of k-of-n redundancy: at least k of n identical independent components up.</summary>
    /// <param name="k">Components needed. Range: 1 ≤ k ≤ n.</param>
    /// <param name="n">Components present. Range: n ≥ 1.</param>
    /// <param name="availability">Availability a of one component. Range: 0 ≤ a ≤ 1.</param>
    /// <remarks>
    /// A = Σ_{i=k}^{n} C(n, i) aⁱ (1−a)^{n−i}, the upper tail of a Binomial(n, a), summed with MathNet.Numerics'
    /// <see cref="Binomial.PMF"/>. k = n gives the series formula and k = 1 the parallel one. Source: the binomial
    /// reliability model for k-out-of-n systems, e.g. M. Rausand &amp; A. Høyland, <i>System Reliability Theory</i>,
    /// 2nd ed., Wiley 2004 (k-out-of-n structures). Tested (derived): 2-of-3 at 0.99 → 3a² − 2a³ = 0.999702; 2-of-3 at 0.9 → 0.972;
    /// 3-of-5 at 0.9 → 0.99144.
    /// </remarks>
    public static double KOfN(int k, int n, double availability)
    {
        Guard.PositiveInt(n, nameof(n));
        if (k < 1 || k > n)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"Must be between 1 and n = {n}.");
        }

        Guard.Probability(availability, nameof(availability));
        var sum = 0.0;
        for (var i = k; i <= n; i++)
        {
            sum += Binomial.PMF(availability, n, i);
        }

        return Math.Min(1, sum);
    }

    /// <summary>Expected downtime per year, (1 − A) × 8760 h.</summary>
    /// <param name="availability">Availability A. Range: 0 ≤ A ≤ 1.</param>
    /// <remarks>Tested: 99 % → 87.6 h; 99.9 % → 8.76 h; 99.99 % → 52.56 min; 99.999 % → 5.256 min (the usual "nines" table).</remarks>
    public static TimeSpan DowntimePerYear(double availability)
    {
        Guard.Probability(availability, nameof(availability));
        return TimeSpan.FromHours((1 - availability) * HoursPerYear);
    }

    /// <summary>Number of nines, −log₁₀(1 − A) (99.9 % → 3).</summary>
    /// <param name="availability">Availability A. Range: 0 ≤ A &lt; 1.</param>
    public static double Nines(double availability)
    {
        if (!(availability >= 0 && availability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(availability), availability, "Must be in [0, 1): a perfect availability has infinitely many nines.");
        }

        return -Math.Log10(1 - availability);
    }

    /// <summary>Availability with the given number of nines, A = 1 − 10^(−nines).</summary>
    /// <param name="nines">Number of nines. Range: nines ≥ 0.</param>
    public static double FromNines(double nines)
    {
        Guard.NonNegative(nines, nameof(nines));
        return 1 - Math.Pow(10, -nines);
    }

    /// <summary>The "nines" table: availability and downtime per year, month and week for 1 to <paramref name="maxNines"/> nines.</summary>
    /// <param name="maxNines">Largest number of nines listed. Range: 1 ≤ maxNines ≤ 9.</param>
    public static NinesTable Table(int maxNines = 5)
    {
        if (maxNines < 1 || maxNines > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(maxNines), maxNines, "Must be between 1 and 9.");
        }

        var rows = Enumerable.Range(1, maxNines)
            .Select(n => new NinesRow(n, FromNines(n), DowntimePerYear(FromNines(n))))
            .ToArray();
        return new NinesTable(rows);
    }

    private static void Validate(double[] availabilities, string paramName)
    {
        ArgumentNullException.ThrowIfNull(availabilities, paramName);
        if (availabilities.Length == 0)
        {
            throw new ArgumentException("At least one availability is needed.", paramName);
        }

        foreach (var a in availabilities)
        {
            Guard.Probability(a, paramName);
        }
    }
}
