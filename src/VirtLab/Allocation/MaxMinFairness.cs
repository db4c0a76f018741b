namespace VirtLab.Allocation;

/// <summary>Max-min fairness by water-filling, plain and weighted, for one divisible resource.</summary>
/// <remarks>
/// Definition: serve demands in increasing order (of dᵢ/wᵢ when weighted); nobody gets more than it asks for;
/// unsatisfied clients get equal shares (weighted: shares in proportion to weight). Equivalently aᵢ = min(dᵢ, wᵢ·λ)
/// with the level λ chosen so that Σaᵢ = C, or every demand met when Σdᵢ ≤ C.
/// Source: S. Keshav, <i>An Engineering Approach to Computer Networking</i>, Addison-Wesley 1997, pp. 215–217
/// (reproduced in I. Marsic's notes, Rutgers). Worked examples (tested): C = 10, d = (2, 2.6, 4, 5) →
/// (2, 2.6, 2.7, 2.7); weighted: C = 16, d = (4, 2, 10, 4), w = (2.5, 4, 0.5, 1) → (4, 2, 6, 4).
/// </remarks>
public static class MaxMinFairness
{
    /// <summary>Max-min fair split of <paramref name="capacity"/> given <paramref name="demands"/>.</summary>
    /// <param name="capacity">Capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="demands">Demand dᵢ per client. Range: 0 ≤ dᵢ &lt; ∞.</param>
    /// <returns>aᵢ per client with aᵢ ≤ dᵢ and Σaᵢ = min(C, Σdᵢ).</returns>
    /// <exception cref="ArgumentOutOfRangeException">C is out of range.</exception>
    /// <exception cref="ArgumentException">Some dᵢ is negative, NaN or infinite.</exception>
    public static ResourceSplit Allocate(double capacity, IReadOnlyList<double> demands)
    {
        Guard.Capacity(capacity, nameof(capacity));
        Guard.Demands(demands, nameof(demands));
        var ones = new double[demands.Count];
        Array.Fill(ones, 1.0);
        var (amounts, level) = WaterFill.Solve(capacity, ones, null, demands);
        return new ResourceSplit("MaxMin", capacity, amounts, demands.ToArray(), null, level);
    }

    /// <summary>Weighted max-min fair split: aᵢ = min(dᵢ, wᵢ·λ) with Σaᵢ = min(C, Σdᵢ).</summary>
    /// <param name="capacity">Capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="demands">Demand dᵢ per client. Range: 0 ≤ dᵢ &lt; ∞.</param>
    /// <param name="weights">Weight wᵢ per client, same count as demands. Range: 0 &lt; wᵢ &lt; ∞.</param>
    /// <returns>aᵢ per client, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">C is out of range.</exception>
    /// <exception cref="ArgumentException">A demand or weight is out of range, or the counts differ.</exception>
    public static ResourceSplit AllocateWeighted(double capacity, IReadOnlyList<double> demands, IReadOnlyList<double> weights)
    {
        Guard.Capacity(capacity, nameof(capacity));
        Guard.Demands(demands, nameof(demands));
        Guard.StrictlyPositiveWeights(weights, demands.Count, nameof(weights));
        var (amounts, level) = WaterFill.Solve(capacity, weights, null, demands);
        return new ResourceSplit("WeightedMaxMin", capacity, amounts, demands.ToArray(), weights.ToArray(), level);
    }
}
