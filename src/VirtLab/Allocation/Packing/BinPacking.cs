namespace VirtLab.Allocation.Packing;

/// <summary>One-dimensional bin packing (VMs of one size dimension onto hosts of equal capacity): NF, FF, BF, WF, FFD, BFD.</summary>
/// <remarks>
/// Sources: M. A. Weiss, <i>Data Structures and Algorithm Analysis</i>, §10.1.3 (the heuristics and the example list
/// 0.2, 0.5, 0.4, 0.7, 0.1, 0.3, 0.8); G. Dósa, R. Li, X. Han, Zs. Tuza, "Tight absolute bound for First Fit Decreasing
/// bin-packing: FFD(L) ≤ 11/9·OPT(L) + 6/9", Theoretical Computer Science 2013; G. Dósa, J. Sgall, "First Fit bin
/// packing: A tight analysis", STACS 2013 (FF ≤ ⌊1.7·OPT⌋). Worked example (tested, integer units, capacity 10):
/// (2, 5, 4, 7, 1, 3, 8) → NF 5 bins, FF 4, BF 4, WF 4, FFD 3, BFD 3. Comparisons are exact, so use integer-valued sizes
/// (MB, MHz) when you need exact results: in doubles 0.2 + 0.5 + 0.1 ≠ 0.8.
/// </remarks>
public static class BinPacking
{
    /// <summary>Packs <paramref name="sizes"/> into bins of <paramref name="capacity"/> with <paramref name="rule"/>.</summary>
    /// <param name="capacity">Bin capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="sizes">Item sizes sᵢ. Range: 0 ≤ sᵢ ≤ C.</param>
    /// <param name="rule">The heuristic.</param>
    /// <returns>The bins, each listing item indices in the order they were placed.</returns>
    /// <exception cref="ArgumentException">C is out of range, or an item is negative, NaN or larger than C.</exception>
    public static Packing Pack(double capacity, IReadOnlyList<double> sizes, BinPackingRule rule)
    {
        Guard.Capacity(capacity, nameof(capacity));
        Guard.Demands(sizes, nameof(sizes));
        for (var i = 0; i < sizes.Count; i++)
        {
            if (sizes[i] > capacity)
            {
                throw new ArgumentException($"Item {i} has size {sizes[i]}, larger than the bin capacity {capacity}; no bin can hold it.", nameof(sizes));
            }
        }

        var order = Enumerable.Range(0, sizes.Count).ToArray();
        if (rule is BinPackingRule.FirstFitDecreasing or BinPackingRule.BestFitDecreasing)
        {
            // Stable: equal sizes keep their input order.
            order = order.OrderByDescending(i => sizes[i]).ToArray();
        }

        var bins = new List<List<int>>();
        var loads = new List<double>();
        foreach (var item in order)
        {
            var s = sizes[item];
            var chosen = -1;
            switch (rule)
            {
                case BinPackingRule.NextFit:
                    if (loads.Count > 0 && loads[^1] + s <= capacity)
                    {
                        chosen = loads.Count - 1;
                    }

                    break;
                case BinPackingRule.FirstFit:
                case BinPackingRule.FirstFitDecreasing:
                    for (var b = 0; b < loads.Count && chosen < 0; b++)
                    {
                        if (loads[b] + s <= capacity)
                        {
                            chosen = b;
                        }
                    }

                    break;
                case BinPackingRule.BestFit:
                case BinPackingRule.BestFitDecreasing:
                    for (var b = 0; b < loads.Count; b++)
                    {
                        if (loads[b] + s <= capacity && (chosen < 0 || loads[b] > loads[chosen]))
                        {
                            chosen = b;
                        }
                    }

                    break;
                case BinPackingRule.WorstFit:
                    for (var b = 0; b < loads.Count; b++)
                    {
                        if (loads[b] + s <= capacity && (chosen < 0 || loads[b] < loads[chosen]))
                        {
                            chosen = b;
                        }
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown bin-packing rule.");
            }

            if (chosen < 0)
            {
                bins.Add([]);
                loads.Add(0);
                chosen = bins.Count - 1;
            }

            bins[chosen].Add(item);
            loads[chosen] += s;
        }

        return new Packing(rule, capacity, sizes.ToArray(), bins.Select(b => (IReadOnlyList<int>)b.ToArray()).ToArray());
    }

    /// <summary>The trivial lower bound on the optimum: ⌈Σsᵢ / C⌉.</summary>
    /// <param name="capacity">Bin capacity C. Range: 0 &lt; C &lt; ∞.</param>
    /// <param name="sizes">Item sizes. Range: 0 ≤ sᵢ ≤ C.</param>
    public static int LowerBound(double capacity, IReadOnlyList<double> sizes)
    {
        Guard.Capacity(capacity, nameof(capacity));
        Guard.Demands(sizes, nameof(sizes));
        return (int)Math.Ceiling(sizes.Sum() / capacity);
    }

    /// <summary>Dósa et al.'s tight bound for FFD: ⌊11/9·OPT + 6/9⌋ bins at most.</summary>
    /// <param name="optimum">OPT, the optimal number of bins. Range: ≥ 0.</param>
    public static int FirstFitDecreasingBound(int optimum)
    {
        if (optimum < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(optimum), optimum, "The optimum must be >= 0.");
        }

        return ((11 * optimum) + 6) / 9;
    }

    /// <summary>Dósa and Sgall's tight bound for FF: ⌊1.7·OPT⌋ bins at most.</summary>
    /// <param name="optimum">OPT. Range: ≥ 0.</param>
    public static int FirstFitBound(int optimum)
    {
        if (optimum < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(optimum), optimum, "The optimum must be >= 0.");
        }

        return 17 * optimum / 10;
    }
}
