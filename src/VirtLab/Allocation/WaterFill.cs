namespace VirtLab.Allocation;

/// <summary>
/// The water-filling kernel shared by max-min, weighted max-min and the vSphere divvy:
/// find the level λ with Σ clamp(wᵢ·λ, rᵢ, cᵢ) = C and give client i clamp(wᵢ·λ, rᵢ, cᵢ).
/// </summary>
/// <remarks>
/// Σ clamp(wᵢλ, rᵢ, cᵢ) is piecewise linear and non-decreasing in λ, with breakpoints at rᵢ/wᵢ and cᵢ/wᵢ;
/// sorting the breakpoints and sweeping them solves it exactly in O(n log n). Callers validate; this
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

        // Events: slope +wᵢ when λ passes rᵢ/wᵢ, slope −wᵢ when λ passes cᵢ/wᵢ.
        var count = hasFloors ? 2 * n : n;
        var keys = new double[count];
        var deltas = new double[count];
        var slope = 0.0;
        var e = 0;
        for (var i = 0; i < n; i++)
        {
            if (hasFloors)
            {
                keys[e] = floors![i] / weights[i];
                deltas[e++] = weights[i];
            }
            else
            {
                slope += weights[i];
            }

            keys[e] = caps[i] / weights[i];
            deltas[e++] = -weights[i];
        }

        Array.Sort(keys, deltas);
        var current = floorTotal;
        var previous = 0.0;
        var solved = double.NaN;
        for (var k = 0; k < count; k++)
        {
            var next = current + (slope * (keys[k] - previous));
            if (next >= capacity && slope > 0)
            {
                solved = previous + ((capacity - current) / slope);
                break;
            }

            current = next;
            previous = keys[k];
            slope += deltas[k];
        }

        if (double.IsNaN(solved))
        {
            // Only reachable through rounding when Σcᵢ is a hair above C: the last breakpoint is the level.
            solved = previous;
        }

        for (var i = 0; i < n; i++)
        {
            var a = weights[i] * solved;
            var lo = hasFloors ? floors![i] : 0;
            amounts[i] = a < lo ? lo : a > caps[i] ? caps[i] : a;
        }

        return (amounts, solved);
    }
}
