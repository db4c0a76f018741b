namespace VirtLab.Allocation;

/// <summary>Proportional share: split capacity C in proportion to weights (shares, tickets), ignoring demand.</summary>
/// <remarks>
/// aᵢ = C·wᵢ / Σw. Sources: K. Fall, EE122 lecture 26 "weighted fair sharing" slides (UC Berkeley);
/// vSphere Resource Management, "Resource Allocation Shares" (shares are relative among siblings).
/// Worked example (derived in formulas.md §2, tested): C = 6000 MHz, w = (2000, 1000, 1000) → (3000, 1500, 1500).
/// </remarks>
public static class ProportionalShare
{
    /// <summary>Splits <paramref name="capacity"/> in proportion to <paramref name="weights"/>.</summary>
    /// <param name="capacity">Capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="weights">Weight wᵢ per client. Range: wᵢ ≥ 0, not all zero.</param>
    /// <returns>aᵢ = C·wᵢ/Σw per client; Σaᵢ = C.</returns>
    /// <exception cref="ArgumentOutOfRangeException">C is not a finite positive number.</exception>
    /// <exception cref="ArgumentException">There are no weights, a weight is negative, NaN or infinite, or all weights are zero.</exception>
    public static ResourceSplit Allocate(double capacity, IReadOnlyList<double> weights)
    {
        Guard.Capacity(capacity, nameof(capacity));
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new ArgumentException("There are no clients; give at least one weight.", nameof(weights));
        }

        Guard.Weights(weights, weights.Count, nameof(weights));
        var total = weights.Sum();
        var level = capacity / total;
        var amounts = weights.Select(w => w * level).ToArray();
        return new ResourceSplit("ProportionalShare", capacity, amounts, null, weights.ToArray(), level);
    }
}
