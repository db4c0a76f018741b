namespace VirtLab.Allocation.Placement;

/// <summary>kube-scheduler's NodeResourcesFit scoring strategies: how a Kubernetes scheduler ranks the nodes a pod fits on.</summary>
/// <remarks>
/// Source: kubernetes/kubernetes, <c>pkg/scheduler/framework/plugins/noderesources/</c>: <c>least_allocated.go</c>,
/// <c>most_allocated.go</c>, <c>balanced_allocation.go</c>, <c>requested_to_capacity_ratio.go</c> and
/// <c>plugins/helper/shape_score.go</c> (<c>BuildBrokenLinearFunction</c>), with the vectors of their <c>*_test.go</c>
/// files (tested here); Kubernetes documentation, "Resource Bin Packing". Scores are integers in 0..100
/// (MinNodeScore..MaxNodeScore), computed with the same integer arithmetic as the Go code. "Requested" always means the
/// requests already on the node plus the incoming pod's.
/// </remarks>
public static class KubeScoring
{
    /// <summary>Lowest node score (<c>framework.MinNodeScore</c>).</summary>
    public const long MinNodeScore = 0;

    /// <summary>Highest node score (<c>framework.MaxNodeScore</c>).</summary>
    public const long MaxNodeScore = 100;

    /// <summary>Highest score of a RequestedToCapacityRatio shape point (<c>config.MaxCustomPriorityScore</c>).</summary>
    public const int MaxCustomPriorityScore = 10;

    /// <summary>CPU request counted for a container without one when scoring, in millicores (<c>DefaultMilliCPURequest</c>).</summary>
    public const long DefaultMilliCpuRequest = 100;

    /// <summary>Memory request counted for a container without one when scoring, 200 MiB (<c>DefaultMemoryRequest</c>).</summary>
    public const long DefaultMemoryRequest = 200L * 1024 * 1024;

    /// <summary>LeastAllocated (spreading): Σ w_r·((alloc_r − req_r)·100 / alloc_r) / Σ w_r, integer division; a resource
    /// requested beyond its allocatable scores 0.</summary>
    /// <param name="resources">The node's resources. At least one.</param>
    /// <example>Pod (3000m, 5000) on node (4000m, 10000): cpu 25, memory 50, score 37 (upstream test).</example>
    /// <exception cref="ArgumentException">The list is empty or a resource is out of range.</exception>
    public static long LeastAllocated(IReadOnlyList<ResourceUse> resources) =>
        Weighted(resources, r => r.Requested > r.Allocatable ? 0 : (r.Allocatable - r.Requested) * MaxNodeScore / r.Allocatable);

    /// <summary>MostAllocated (bin packing): Σ w_r·(req_r·100 / alloc_r) / Σ w_r, integer division; a request beyond the
    /// allocatable counts as the allocatable (score 100), as newer kube-scheduler code does.</summary>
    /// <param name="resources">The node's resources. At least one.</param>
    /// <example>Pod (3000m, 5000) on node (4000m, 10000): cpu 75, memory 50, score 62 (upstream test).</example>
    /// <exception cref="ArgumentException">The list is empty or a resource is out of range.</exception>
    public static long MostAllocated(IReadOnlyList<ResourceUse> resources) =>
        Weighted(resources, r => Math.Min(r.Requested, r.Allocatable) * MaxNodeScore / r.Allocatable);

    /// <summary>BalancedAllocation: with f_r = min(req_r / alloc_r, 1), score = ⌊(1 − σ)·100⌋ where σ is |f₁ − f₂| / 2 for two
    /// resources and the population standard deviation for more. Weights are ignored.</summary>
    /// <param name="resources">The node's resources. At least one.</param>
    /// <example>f = (0.75, 0.5): σ = 0.125, score 87; f = (0.6, 0.25): σ = 0.175, score 82 (upstream tests).</example>
    /// <exception cref="ArgumentException">The list is empty or a resource is out of range.</exception>
    public static long BalancedAllocation(IReadOnlyList<ResourceUse> resources)
    {
        Validate(resources);
        var f = resources.Select(r => r.Fraction).ToArray();
        double std = 0;
        if (f.Length == 2)
        {
            std = Math.Abs((f[0] - f[1]) / 2);
        }
        else if (f.Length > 2)
        {
            double mean = f.Average();
            std = Math.Sqrt(f.Sum(x => (x - mean) * (x - mean)) / f.Length);
        }

        return (long)((1 - std) * MaxNodeScore);
    }

    /// <summary>RequestedToCapacityRatio: each resource's utilisation u_r = req_r·100 / alloc_r (integer; 100 if over)
    /// goes through the piecewise-linear <paramref name="shape"/> (scores scaled ×10 to 0..100); the node score is the
    /// weighted mean over the resources whose score is positive, rounded half away from zero.</summary>
    /// <param name="resources">The node's resources. At least one.</param>
    /// <param name="shape">The shape points, utilisation strictly increasing in 0..100, scores in 0..10. At least one.</param>
    /// <example>Shape {0→10, 100→0}, pod (3000m, 5000) on node (4000m, 10000): (25 + 50) / 2 = 37.5, score 38 (upstream test).</example>
    /// <exception cref="ArgumentException">A list is empty or a resource or shape point is out of range.</exception>
    public static long RequestedToCapacityRatio(IReadOnlyList<ResourceUse> resources, IReadOnlyList<ShapePoint> shape)
    {
        Validate(resources);
        ValidateShape(shape);
        var scaled = shape.Select(p => new ShapePoint(p.Utilization, p.Score * (int)(MaxNodeScore / MaxCustomPriorityScore))).ToArray();
        long nodeScore = 0, weightSum = 0;
        foreach (var r in resources)
        {
            long utilization = r.Requested > r.Allocatable ? 100 : r.Requested * 100 / r.Allocatable;
            long score = BrokenLinear(scaled, utilization);
            if (score > 0)
            {
                nodeScore += score * r.Weight;
                weightSum += r.Weight;
            }
        }

        return weightSum == 0 ? 0 : (long)Math.Round((double)nodeScore / weightSum, MidpointRounding.AwayFromZero);
    }

    /// <summary>The piecewise-linear shape function (<c>BuildBrokenLinearFunction</c>): flat before the first point and after
    /// the last, linear with integer division in between.</summary>
    /// <param name="shape">Shape points, utilisation strictly increasing. At least one.</param>
    /// <param name="utilization">Utilisation p in percent (any value).</param>
    /// <example>Shape {10→1, 90→9}: p = 19 → 1, p = 20 → 2, p = 89 → 8 (upstream test).</example>
    /// <exception cref="ArgumentException">The shape is empty or not strictly increasing.</exception>
    public static long BrokenLinear(IReadOnlyList<ShapePoint> shape, long utilization)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Count == 0)
        {
            throw new ArgumentException("Give at least one shape point.", nameof(shape));
        }

        for (int i = 0; i < shape.Count; i++)
        {
            if (i > 0 && shape[i].Utilization <= shape[i - 1].Utilization)
            {
                throw new ArgumentException("Shape utilisations must be strictly increasing.", nameof(shape));
            }
        }

        for (int i = 0; i < shape.Count; i++)
        {
            if (utilization <= shape[i].Utilization)
            {
                if (i == 0)
                {
                    return shape[0].Score;
                }

                var (a, b) = (shape[i - 1], shape[i]);
                return a.Score + (long)(b.Score - a.Score) * (utilization - a.Utilization) / (b.Utilization - a.Utilization);
            }
        }

        return shape[^1].Score;
    }

    private static long Weighted(IReadOnlyList<ResourceUse> resources, Func<ResourceUse, long> score)
    {
        Validate(resources);
        long nodeScore = 0, weightSum = 0;
        foreach (var r in resources)
        {
            nodeScore += score(r) * r.Weight;
            weightSum += r.Weight;
        }

        return nodeScore / weightSum;
    }

    private static void Validate(IReadOnlyList<ResourceUse> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        if (resources.Count == 0)
        {
            throw new ArgumentException("Give at least one resource.", nameof(resources));
        }

        foreach (var r in resources)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(resources));
            r.Validate(nameof(resources));
        }
    }

    private static void ValidateShape(IReadOnlyList<ShapePoint> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Count == 0)
        {
            throw new ArgumentException("Give at least one shape point.", nameof(shape));
        }

        foreach (var p in shape)
        {
            if (p.Utilization is < 0 or > 100 || p.Score is < 0 or > MaxCustomPriorityScore)
            {
                throw new ArgumentOutOfRangeException(nameof(shape), p, "Shape points need utilisation in 0..100 and score in 0..10.");
            }
        }
    }
}
