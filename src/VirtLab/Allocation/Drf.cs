namespace VirtLab.Allocation;

/// <summary>Dominant Resource Fairness for any number of resources, by progressive filling; weighted and divisible forms.</summary>
/// <remarks>
/// User i runs tasks with demand vector Dᵢ; with nᵢ tasks its share of resource j is uᵢⱼ = nᵢDᵢⱼ/Cⱼ and its dominant
/// share sᵢ = maxⱼ uᵢⱼ. DRF is max-min fairness on sᵢ/wᵢ. Source: A. Ghodsi, M. Zaharia, B. Hindman, A. Konwinski,
/// S. Shenker, I. Stoica, "Dominant Resource Fairness: Fair Allocation of Multiple Resource Types", NSDI 2011,
/// §4 (Algorithm 1, progressive filling) and §4.3 (weighted DRF).
/// Worked examples (tested): the paper's C = (9 CPU, 18 GB), A = (1, 4), B = (3, 1) → A 3 tasks, B 2 tasks,
/// both dominant shares 2/3; T. White, <i>Hadoop: The Definitive Guide</i> 4th ed. ch. 4: C = (100, 10000),
/// A = (2, 300), B = (6, 100) → 20 and 10 tasks, both 0.6. Weighted divisible (derived): w = (2, 1) on the paper's
/// example → sᵢ = (12/13, 6/13).
/// <para>Whole tasks: repeatedly give one task to the user with the lowest sᵢ/wᵢ (ties to the lower index). Algorithm 1
/// stops when that user's task no longer fits; this implementation skips that user and goes on, so the result is
/// Pareto-efficient (no user's next task fits in the leftover). Both give the same result on the examples above.</para>
/// </remarks>
public static class Drf
{
    private const double Slack = 1e-12;

    /// <summary>Progressive filling with whole tasks.</summary>
    /// <param name="capacities">Capacity Cⱼ per resource. Range: 0 &lt; Cⱼ &lt; ∞.</param>
    /// <param name="demands">Per-task demand Dᵢ per user, one entry per resource. Range: Dᵢⱼ ≥ 0, not all zero.</param>
    /// <param name="weights">Optional weight wᵢ per user. Range: 0 &lt; wᵢ &lt; ∞. Default 1.</param>
    /// <param name="maxTasks">Optional most tasks user i wants. Range: ≥ 0. Default unbounded.</param>
    /// <returns>Tasks, dominant shares, resource use and leftover.</returns>
    /// <exception cref="ArgumentException">A capacity, demand, weight or task bound is out of range, or the dimensions differ.</exception>
    public static DrfAllocation Allocate(
        IReadOnlyList<double> capacities,
        IReadOnlyList<IReadOnlyList<double>> demands,
        IReadOnlyList<double>? weights = null,
        IReadOnlyList<int>? maxTasks = null)
    {
        var w = Validate(capacities, demands, weights, maxTasks);
        int n = demands.Count, m = capacities.Count;
        var perTask = DominantPerTask(capacities, demands, out var dominant);
        var tasks = new double[n];
        var used = new double[m];
        var limit = new double[m];
        for (var j = 0; j < m; j++)
        {
            limit[j] = capacities[j] * (1 + Slack);
        }

        // Flat copy of the demand matrix: the loop below touches it once per launched task.
        var flat = new double[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                flat[(i * m) + j] = demands[i][j];
            }
        }

        // Priority (sᵢ/wᵢ, i): the lowest weighted dominant share first, ties to the lower index.
        var queue = new ShareHeap(n);
        for (var i = 0; i < n; i++)
        {
            if (maxTasks is null || maxTasks[i] > 0)
            {
                queue.AddUnordered(i, 0.0);
            }
        }

        queue.Heapify();
        while (queue.Count > 0)
        {
            var i = queue.Top;
            var row = i * m;
            var fits = true;
            for (var j = 0; j < m; j++)
            {
                if (used[j] + flat[row + j] > limit[j])
                {
                    fits = false;
                    break;
                }
            }

            if (!fits)
            {
                // Capacity only shrinks, so this user's task will never fit again.
                queue.RemoveTop();
                continue;
            }

            for (var j = 0; j < m; j++)
            {
                used[j] += flat[row + j];
            }

            tasks[i] += 1;
            if (maxTasks is null || tasks[i] < maxTasks[i])
            {
                // One sift instead of a dequeue and an enqueue: the user goes back with its new share.
                queue.ReplaceTopKey(tasks[i] * perTask[i] / w[i]);
            }
            else
            {
                queue.RemoveTop();
            }
        }

        return Result(capacities, demands, w, tasks, perTask, dominant, used, divisible: false);
    }

    /// <summary>Progressive filling with divisible tasks: the continuous DRF of the paper's §4.</summary>
    /// <remarks>
    /// All unfrozen users raise sᵢ/wᵢ together; when a resource saturates, every user that needs it freezes, and a user
    /// freezes at its <paramref name="maxTasks"/>. The result is Pareto-efficient and envy-free.
    /// </remarks>
    /// <param name="capacities">Capacity Cⱼ per resource. Range: 0 &lt; Cⱼ &lt; ∞.</param>
    /// <param name="demands">Per-task demand Dᵢ per user. Range: Dᵢⱼ ≥ 0, not all zero.</param>
    /// <param name="weights">Optional weight wᵢ per user. Range: 0 &lt; wᵢ &lt; ∞. Default 1.</param>
    /// <param name="maxTasks">Optional most tasks user i wants (may be fractional here). Range: ≥ 0.</param>
    /// <returns>Fractional tasks, dominant shares, resource use and leftover.</returns>
    /// <exception cref="ArgumentException">A capacity, demand, weight or task bound is out of range, or the dimensions differ.</exception>
    public static DrfAllocation AllocateDivisible(
        IReadOnlyList<double> capacities,
        IReadOnlyList<IReadOnlyList<double>> demands,
        IReadOnlyList<double>? weights = null,
        IReadOnlyList<double>? maxTasks = null)
    {
        var w = Validate(capacities, demands, weights, null);
        int n = demands.Count, m = capacities.Count;
        if (maxTasks is not null)
        {
            if (maxTasks.Count != n)
            {
                throw new ArgumentException($"There are {maxTasks.Count} task bounds for {n} users; give one per user.", nameof(maxTasks));
            }

            for (var i = 0; i < n; i++)
            {
                if (!(maxTasks[i] >= 0))
                {
                    throw new ArgumentException($"Task bound {i} is {maxTasks[i]}; bounds must be >= 0.", nameof(maxTasks));
                }
            }
        }

        var perTask = DominantPerTask(capacities, demands, out var dominant);
        var tasks = new double[n];
        var used = new double[m];
        var active = new bool[n];
        var rate = new double[n]; // tasks per unit of the common level t, where sᵢ = wᵢ·t
        var activeCount = 0;
        for (var i = 0; i < n; i++)
        {
            rate[i] = w[i] / perTask[i];
            active[i] = maxTasks is null || maxTasks[i] > 0;
            activeCount += active[i] ? 1 : 0;
        }

        var saturated = new bool[m];
        var load = new double[m];
        while (activeCount > 0)
        {
            Array.Clear(load);
            var step = double.PositiveInfinity;
            for (var i = 0; i < n; i++)
            {
                if (!active[i])
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    load[j] += rate[i] * demands[i][j];
                }

                if (maxTasks is not null)
                {
                    step = Math.Min(step, (maxTasks[i] - tasks[i]) / rate[i]);
                }
            }

            for (var j = 0; j < m; j++)
            {
                if (load[j] > 0)
                {
                    step = Math.Min(step, Math.Max(0, capacities[j] - used[j]) / load[j]);
                }
            }

            for (var j = 0; j < m; j++)
            {
                used[j] += load[j] * step;
                saturated[j] |= load[j] > 0 && used[j] >= capacities[j] * (1 - Slack);
            }

            for (var i = 0; i < n; i++)
            {
                if (!active[i])
                {
                    continue;
                }

                tasks[i] += rate[i] * step;
                var frozen = maxTasks is not null && tasks[i] >= maxTasks[i] * (1 - Slack);
                for (var j = 0; j < m && !frozen; j++)
                {
                    frozen = saturated[j] && demands[i][j] > 0;
                }

                if (frozen)
                {
                    active[i] = false;
                    activeCount--;
                }
            }
        }

        // Recompute use from the tasks so the record is self-consistent.
        Array.Clear(used);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                used[j] += tasks[i] * demands[i][j];
            }
        }

        return Result(capacities, demands, w, tasks, perTask, dominant, used, divisible: true);
    }

    private static DrfAllocation Result(
        IReadOnlyList<double> capacities, IReadOnlyList<IReadOnlyList<double>> demands, double[] w,
        double[] tasks, double[] perTask, int[] dominant, double[] used, bool divisible)
    {
        var shares = new double[tasks.Length];
        for (var i = 0; i < tasks.Length; i++)
        {
            shares[i] = tasks[i] * perTask[i];
        }

        return new DrfAllocation(
            capacities.ToArray(),
            demands.Select(d => (IReadOnlyList<double>)d.ToArray()).ToArray(),
            w, tasks, shares, dominant, used, divisible);
    }

    private static double[] DominantPerTask(IReadOnlyList<double> capacities, IReadOnlyList<IReadOnlyList<double>> demands, out int[] dominant)
    {
        var perTask = new double[demands.Count];
        dominant = new int[demands.Count];
        for (var i = 0; i < demands.Count; i++)
        {
            for (var j = 0; j < capacities.Count; j++)
            {
                var s = demands[i][j] / capacities[j];
                if (s > perTask[i])
                {
                    perTask[i] = s;
                    dominant[i] = j;
                }
            }
        }

        return perTask;
    }

    private static double[] Validate(
        IReadOnlyList<double> capacities, IReadOnlyList<IReadOnlyList<double>> demands, IReadOnlyList<double>? weights, IReadOnlyList<int>? maxTasks)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(demands);
        if (capacities.Count == 0)
        {
            throw new ArgumentException("There are no resources; give at least one capacity.", nameof(capacities));
        }

        for (var j = 0; j < capacities.Count; j++)
        {
            if (!(capacities[j] > 0) || double.IsPositiveInfinity(capacities[j]))
            {
                throw new ArgumentException($"Capacity {j} is {capacities[j]}; every capacity must be a finite number > 0.", nameof(capacities));
            }
        }

        for (var i = 0; i < demands.Count; i++)
        {
            var d = demands[i] ?? throw new ArgumentException($"Demand vector {i} is null.", nameof(demands));
            if (d.Count != capacities.Count)
            {
                throw new ArgumentException(
                    $"User {i} has a demand vector of {d.Count} resources but there are {capacities.Count} capacities; the dimensions must match.", nameof(demands));
            }

            var any = false;
            for (var j = 0; j < d.Count; j++)
            {
                if (!(d[j] >= 0) || double.IsPositiveInfinity(d[j]))
                {
                    throw new ArgumentException($"User {i} demands {d[j]} of resource {j}; every demand must be a finite number >= 0.", nameof(demands));
                }

                any |= d[j] > 0;
            }

            if (!any)
            {
                throw new ArgumentException($"User {i} demands nothing per task; a task must need some resource.", nameof(demands));
            }
        }

        double[] w;
        if (weights is null)
        {
            w = new double[demands.Count];
            Array.Fill(w, 1.0);
        }
        else
        {
            Guard.StrictlyPositiveWeights(weights, demands.Count, nameof(weights));
            w = weights.ToArray();
        }

        if (maxTasks is not null)
        {
            if (maxTasks.Count != demands.Count)
            {
                throw new ArgumentException($"There are {maxTasks.Count} task bounds for {demands.Count} users; give one per user.", nameof(maxTasks));
            }

            if (maxTasks.Any(t => t < 0))
            {
                throw new ArgumentException("A task bound is negative; bounds must be >= 0.", nameof(maxTasks));
            }
        }

        return w;
    }
}
