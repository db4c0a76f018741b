namespace VirtLab.Allocation;

/// <summary>Strict priority: higher priority classes are served to their full demand before any lower class gets anything.</summary>
/// <remarks>
/// Within one priority class the capacity left is split max-min fairly (weighted when weights are given).
/// Strict priority is the rule behind priority queueing and the Xen credit scheduler's BOOST &gt; UNDER &gt; OVER
/// classes; a low class can starve. Sources: S. Keshav, <i>An Engineering Approach to Computer Networking</i>,
/// Addison-Wesley 1997 (priority scheduling; max-min inside a class as on pp. 215–217); Xen wiki, "Credit Scheduler".
/// Worked example (derived, tested): C = 10, d = (6, 3, 4), priorities (2, 1, 2) → (6, 0, 4).
/// </remarks>
public static class StrictPriority
{
    /// <summary>Serves classes from the highest <paramref name="priorities"/> value down.</summary>
    /// <param name="capacity">Capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="demands">Demand dᵢ per client. Range: 0 ≤ dᵢ &lt; ∞.</param>
    /// <param name="priorities">Priority per client; a larger number is served first.</param>
    /// <param name="weights">Optional weight per client for the split inside a class. Range: wᵢ &gt; 0.</param>
    /// <returns>aᵢ per client, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">C is out of range.</exception>
    /// <exception cref="ArgumentException">A demand or weight is out of range, or the counts differ.</exception>
    public static ResourceSplit Allocate(double capacity, IReadOnlyList<double> demands, IReadOnlyList<int> priorities, IReadOnlyList<double>? weights = null)
    {
        Guard.Capacity(capacity, nameof(capacity));
        Guard.Demands(demands, nameof(demands));
        ArgumentNullException.ThrowIfNull(priorities);
        if (priorities.Count != demands.Count)
        {
            throw new ArgumentException($"There are {priorities.Count} priorities for {demands.Count} demands; give one priority per client.", nameof(priorities));
        }

        if (weights is not null)
        {
            Guard.StrictlyPositiveWeights(weights, demands.Count, nameof(weights));
        }

        var amounts = new double[demands.Count];
        var remaining = capacity;
        var level = 0.0;
        foreach (var group in Enumerable.Range(0, demands.Count).GroupBy(i => priorities[i]).OrderByDescending(g => g.Key))
        {
            var members = group.ToArray();
            var w = members.Select(i => weights?[i] ?? 1.0).ToArray();
            var d = members.Select(i => demands[i]).ToArray();
            if (remaining <= 0)
            {
                break;
            }

            var (share, groupLevel) = WaterFill.Solve(remaining, w, null, d);
            for (var k = 0; k < members.Length; k++)
            {
                amounts[members[k]] = share[k];
            }

            level = groupLevel;
            remaining = Math.Max(0, remaining - share.Sum());
        }

        return new ResourceSplit("StrictPriority", capacity, amounts, demands.ToArray(), weights?.ToArray(), level);
    }
}
