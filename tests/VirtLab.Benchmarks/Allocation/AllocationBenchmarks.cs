using BenchmarkDotNet.Attributes;
using VirtLab.Allocation;

namespace VirtLab.Benchmarks.Allocation;

/// <summary>
/// Issue 5 targets: DRF for 10,000 users × 3 resources and weighted max-min for 100,000 demands, each under 50 ms.
/// The baseline is one linear pass over the same 100,000 clients (proportional share), so the ratios read as
/// "how many linear passes does the algorithm cost".
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private double[] _demands = [];
    private double[] _weights = [];
    private double[] _capacities = [];
    private IReadOnlyList<double>[] _tasks = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261121);
        _demands = Enumerable.Range(0, 100_000).Select(_ => random.NextDouble() * 100).ToArray();
        _weights = Enumerable.Range(0, 100_000).Select(_ => 1 + (random.NextDouble() * 9)).ToArray();
        _tasks = Enumerable.Range(0, 10_000)
            .Select(_ => (IReadOnlyList<double>)[1 + random.Next(10), 1 + random.Next(10), 1 + random.Next(10)])
            .ToArray();

        // About 100,000 tasks fit, so progressive filling launches ~10 per user.
        _capacities = [500_000, 500_000, 500_000];
    }

    /// <summary>One O(n) pass over 100,000 weights.</summary>
    [Benchmark(Baseline = true)]
    public ResourceSplit ProportionalShare100k() => Allocate.ProportionalShare(2_500_000, _weights);

    /// <summary>Weighted max-min (water-filling) of 100,000 demands.</summary>
    [Benchmark]
    public ResourceSplit WeightedMaxMin100k() => Allocate.WeightedMaxMin(2_500_000, _demands, _weights);

    /// <summary>DRF, whole tasks, progressive filling: 10,000 users × 3 resources (~100,000 task launches).</summary>
    [Benchmark]
    public DrfAllocation Drf10kUsers3Resources() => Allocate.Drf(_capacities, _tasks);

    /// <summary>DRF with divisible tasks: 10,000 users × 3 resources.</summary>
    [Benchmark]
    public DrfAllocation DrfDivisible10kUsers3Resources() => Allocate.DrfDivisible(_capacities, _tasks);
}
