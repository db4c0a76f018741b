namespace VirtLab.Scheduling;

/// <summary>Fairness measures for allocations (CPU time, throughput, ...).</summary>
public static class Fairness
{
    /// <summary>Jain's fairness index J(x) = (Σxᵢ)² / (n·Σxᵢ²).</summary>
    /// <param name="allocations">Allocation xᵢ per user. Range: xᵢ ≥ 0, finite, not all 0, at least one value.</param>
    /// <returns>J, with 1/n ≤ J ≤ 1; J = k/n when k users share equally and the rest get nothing.</returns>
    /// <remarks>Source: R. Jain, D.-M. Chiu, W. Hawe, "A Quantitative Measure of Fairness and Discrimination
    /// for Resource Allocation in Shared Computer Systems", DEC-TR-301, 1984. Tested: (1, 1, 0, 0) → 0.5,
    /// (1, 2, 3, 4, 5) → 225/275.</remarks>
    /// <exception cref="ArgumentException">The list is empty, all zero, or has a negative or non-finite value.</exception>
    public static double Jain(IReadOnlyList<double> allocations)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        if (allocations.Count == 0)
        {
            throw new ArgumentException("Jain's index needs at least one allocation.", nameof(allocations));
        }

        double sum = 0;
        double sumSquares = 0;
        foreach (var x in allocations)
        {
            if (!(x >= 0) || double.IsPositiveInfinity(x))
            {
                throw new ArgumentException($"Every allocation must be a finite number >= 0 (got {x}).", nameof(allocations));
            }

            sum += x;
            sumSquares += x * x;
        }

        if (sumSquares == 0)
        {
            throw new ArgumentException("Jain's index is undefined when every allocation is 0.", nameof(allocations));
        }

        return sum * sum / (allocations.Count * sumSquares);
    }
}
