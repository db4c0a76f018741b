namespace VirtLab.Allocation;

/// <summary>
/// The water-filling kernel shared by max-min, weighted max-min and the vSphere divvy:
/// find the level λ with Σ clamp(wᵢ·λ, rᵢ, cᵢ) = C and give client i clamp(wᵢ·λ, rᵢ, cᵢ).
/// </summary>
/// <remarks>
/// Σ clamp(wᵢλ, rᵢ, cᵢ) is piecewise linear and non-decreasing in λ, with breakpoints at rᵢ/wᵢ and cᵢ/wᵢ;
/// sorting the breakpoints and sweeping them solves it exactly in O(n log n), and without floors a quickselect over the
/// breakpoints does it in expected O(n). Callers validate; this
/// class assumes wᵢ &gt; 0, 0 ≤ rᵢ ≤ cᵢ (cᵢ may be +∞) and Σrᵢ ≤ C.
/// </remarks>
internal static class WaterFill
{
    public static (double[] Amounts, double Level) Solve(double capacity, IReadOnlyList<double> weights, IReadOnlyList<double>? floors, IReadOnlyList<double> caps)
    {
        var n = weights.Count;
        var amounts = new double[n];
        if (n == 0)
        {
            return (amounts, 0);
        }

        var hasFloors = floors is not null;
        var capTotal = 0.0;
        var floorTotal = 0.0;
        for (var i = 0; i < n; i++)
        {
            capTotal += caps[i];
            floorTotal += hasFloors ? floors![i] : 0;
        }

        if (capTotal <= capacity)
        {
            // Everyone is satisfied; the level is the smallest one that satisfies them all.
            var level = 0.0;
            for (var i = 0; i < n; i++)
            {
                amounts[i] = caps[i];
                level = Math.Max(level, caps[i] / weights[i]);
            }

            return (amounts, level);
        }

        var solved = hasFloors ? SweepLevel(capacity, weights, floors!, caps, floorTotal) : SelectLevel(capacity, weights, caps);
        for (var i = 0; i < n; i++)
        {
            var a = weights[i] * solved;
            var lo = hasFloors ? floors![i] : 0;
            amounts[i] = a < lo ? lo : a > caps[i] ? caps[i] : a;
        }

        return (amounts, solved);
    }

    // With floors: sort the 2n breakpoints and sweep the piecewise-linear sum. O(n log n).
    private static double SweepLevel(double capacity, IReadOnlyList<double> weights, IReadOnlyList<double> floors, IReadOnlyList<double> caps, double floorTotal)
    {
        var n = weights.Count;
        var keys = new double[2 * n];
        var deltas = new double[2 * n];
        for (var i = 0; i < n; i++)
        {
            keys[2 * i] = floors[i] / weights[i];
            deltas[2 * i] = weights[i];
            keys[(2 * i) + 1] = caps[i] / weights[i];
            deltas[(2 * i) + 1] = -weights[i];
        }

        Array.Sort(keys, deltas);
        var current = floorTotal;
        var previous = 0.0;
        var slope = 0.0;
        for (var k = 0; k < keys.Length; k++)
        {
            var next = current + (slope * (keys[k] - previous));
            if (next >= capacity && slope > 0)
            {
                return previous + ((capacity - current) / slope);
            }

            current = next;
            previous = keys[k];
            slope += deltas[k];
        }

        // Only reachable through rounding when Σcᵢ is a hair above C: the last breakpoint is the level.
        return previous;
    }

    // Without floors: Σ min(cᵢ, wᵢλ) = C by quickselect on the breakpoints cᵢ/wᵢ, expected O(n).
    // At a pivot p, clients with cᵢ/wᵢ ≤ p are satisfied; if the sum there already reaches C the level is ≤ p.
    private static double SelectLevel(double capacity, IReadOnlyList<double> weights, IReadOnlyList<double> caps)
    {
        var n = weights.Count;
        var keys = new double[n];
        var index = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = caps[i] / weights[i];
            index[i] = i;
        }

        var random = new Random(20111); // fixed seed: the same input always takes the same path
        double satisfied = 0, weightAbove = 0, maxKey = 0;
        int lo = 0, hi = n;
        while (lo < hi)
        {
            var pivot = keys[index[random.Next(lo, hi)]];

            // Three-way partition of index[lo..hi) into < pivot, == pivot, > pivot.
            int lt = lo, i = lo, gt = hi;
            double capLess = 0, capEqual = 0, weightEqual = 0, weightGreater = 0;
            while (i < gt)
            {
                var k = index[i];
                if (keys[k] < pivot)
                {
                    capLess += caps[k];
                    (index[lt], index[i]) = (index[i], index[lt]);
                    lt++;
                    i++;
                }
                else if (keys[k] > pivot)
                {
                    weightGreater += weights[k];
                    gt--;
                    (index[gt], index[i]) = (index[i], index[gt]);
                }
                else
                {
                    capEqual += caps[k];
                    weightEqual += weights[k];
                    i++;
                }
            }

            var above = weightAbove + weightGreater;
            if (satisfied + capLess + capEqual + (above > 0 ? pivot * above : 0) >= capacity)
            {
                weightAbove += weightEqual + weightGreater;
                hi = lt;
            }
            else
            {
                satisfied += capLess + capEqual;
                maxKey = Math.Max(maxKey, pivot);
                lo = gt;
            }
        }

        // Rounding can leave nobody above the level when Σcᵢ is a hair above C.
        return weightAbove > 0 ? Math.Max(maxKey, (capacity - satisfied) / weightAbove) : maxKey;
    }
}
