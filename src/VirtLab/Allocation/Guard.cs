namespace VirtLab.Allocation;

/// <summary>Shared input checks for the allocation formulas, so every overload refuses bad input the same way.</summary>
internal static class Guard
{
    public static void Capacity(double capacity, string name)
    {
        if (!(capacity > 0) || double.IsPositiveInfinity(capacity))
        {
            throw new ArgumentOutOfRangeException(name, capacity, "Capacity must be a finite number > 0.");
        }
    }

    public static void NonNegativeFinite(double value, string name, string what)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{what} must be a finite number >= 0.");
        }
    }

    public static void PositiveFinite(double value, string name, string what)
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{what} must be a finite number > 0.");
        }
    }

    public static void Demands(IReadOnlyList<double> demands, string name)
    {
        ArgumentNullException.ThrowIfNull(demands, name);
        for (var i = 0; i < demands.Count; i++)
        {
            var d = demands[i];
            if (!(d >= 0) || double.IsPositiveInfinity(d))
            {
                throw new ArgumentException($"Demand {i} is {d}; every demand must be a finite number >= 0.", name);
            }
        }
    }

    public static void Weights(IReadOnlyList<double> weights, int count, string name)
    {
        ArgumentNullException.ThrowIfNull(weights, name);
        if (weights.Count != count)
        {
            throw new ArgumentException($"There are {weights.Count} weights for {count} clients; give one weight per client.", name);
        }

        var any = false;
        for (var i = 0; i < weights.Count; i++)
        {
            var w = weights[i];
            if (!(w >= 0) || double.IsPositiveInfinity(w))
            {
                throw new ArgumentException($"Weight {i} is {w}; every weight must be a finite number >= 0.", name);
            }

            any |= w > 0;
        }

        if (!any && count > 0)
        {
            throw new ArgumentException("All weights are zero; at least one weight must be > 0.", name);
        }
    }

    public static void StrictlyPositiveWeights(IReadOnlyList<double> weights, int count, string name)
    {
        Weights(weights, count, name);
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] == 0)
            {
                throw new ArgumentException($"Weight {i} is 0; every weight must be > 0 here.", name);
            }
        }
    }
}
