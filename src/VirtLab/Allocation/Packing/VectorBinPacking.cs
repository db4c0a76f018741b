namespace VirtLab.Allocation.Packing;

/// <summary>Multi-dimensional (vector) bin packing: VMs with CPU, memory, … onto identical hosts, by First Fit after an ordering.</summary>
/// <remarks>
/// An item fits a bin when it fits in every dimension. Items are normalised by the bin capacity (sᵢⱼ/Cⱼ) and ordered by
/// one of the size measures of R. Panigrahy, K. Talwar, L. Uyeda, U. Wieder, "Heuristics for Vector Bin Packing",
/// Microsoft Research 2011 (FFD by sum, max, product or L2 norm); First Fit in d dimensions is asymptotically within
/// d + 0.7 of optimal (Garey, Graham, Johnson, Yao 1976). With one dimension this is exactly <see cref="BinPacking"/>'s
/// First Fit and First Fit Decreasing (tested on Weiss's example).
/// </remarks>
public static class VectorBinPacking
{
    /// <summary>Packs vector items into bins of capacity <paramref name="capacity"/>.</summary>
    /// <param name="capacity">Bin capacity per dimension. Range: 0 &lt; Cⱼ &lt; ∞.</param>
    /// <param name="items">Item size vectors, same dimension as the capacity. Range: 0 ≤ sᵢⱼ ≤ Cⱼ.</param>
    /// <param name="order">Ordering before First Fit. Default: input order.</param>
    /// <returns>The bins with their items' indices.</returns>
    /// <exception cref="ArgumentException">A capacity or item is out of range, or the dimensions differ.</exception>
    public static VectorPacking Pack(IReadOnlyList<double> capacity, IReadOnlyList<IReadOnlyList<double>> items, VectorOrder order = VectorOrder.Input)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        ArgumentNullException.ThrowIfNull(items);
        var m = capacity.Count;
        if (m == 0)
        {
            throw new ArgumentException("The bin has no dimensions; give at least one capacity.", nameof(capacity));
        }

        for (var j = 0; j < m; j++)
        {
            Guard.PositiveFinite(capacity[j], nameof(capacity), $"Capacity {j}");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] ?? throw new ArgumentException($"Item {i} is null.", nameof(items));
            if (item.Count != m)
            {
                throw new ArgumentException($"Item {i} has {item.Count} dimensions but the bin has {m}; the dimensions must match.", nameof(items));
            }

            for (var j = 0; j < m; j++)
            {
                if (!(item[j] >= 0) || item[j] > capacity[j])
                {
                    throw new ArgumentException($"Item {i} needs {item[j]} of dimension {j}; it must be between 0 and the capacity {capacity[j]}.", nameof(items));
                }
            }
        }

        var indices = Enumerable.Range(0, items.Count);
        if (order != VectorOrder.Input)
        {
            indices = indices.OrderByDescending(i => Measure(items[i], capacity, order));
        }

        var bins = new List<List<int>>();
        var loads = new List<double[]>();
        foreach (var i in indices)
        {
            var chosen = -1;
            for (var b = 0; b < loads.Count && chosen < 0; b++)
            {
                var fits = true;
                for (var j = 0; j < m && fits; j++)
                {
                    fits = loads[b][j] + items[i][j] <= capacity[j];
                }

                if (fits)
                {
                    chosen = b;
                }
            }

            if (chosen < 0)
            {
                bins.Add([]);
                loads.Add(new double[m]);
                chosen = bins.Count - 1;
            }

            bins[chosen].Add(i);
            for (var j = 0; j < m; j++)
            {
                loads[chosen][j] += items[i][j];
            }
        }

        return new VectorPacking(order, capacity.ToArray(), items.Select(x => (IReadOnlyList<double>)x.ToArray()).ToArray(),
            bins.Select(b => (IReadOnlyList<int>)b.ToArray()).ToArray(), loads.Select(l => (IReadOnlyList<double>)l).ToArray());
    }

    private static double Measure(IReadOnlyList<double> item, IReadOnlyList<double> capacity, VectorOrder order)
    {
        var normalised = item.Select((s, j) => s / capacity[j]).ToArray();
        return order switch
        {
            VectorOrder.DecreasingSum => normalised.Sum(),
            VectorOrder.DecreasingMax => normalised.Max(),
            VectorOrder.DecreasingProduct => normalised.Aggregate(1.0, (p, x) => p * x),
            VectorOrder.DecreasingL2 => Math.Sqrt(normalised.Sum(x => x * x)),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown ordering."),
        };
    }
}
