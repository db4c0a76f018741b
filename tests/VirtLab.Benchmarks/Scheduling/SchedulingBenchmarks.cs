using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using VirtLab.Scheduling;

namespace VirtLab.Benchmarks.Scheduling;

/// <summary>
/// Scheduler throughput. Targets (issue 6): Round Robin (q = 10) over 1 000 000 jobs in under 1 s on one core, memory
/// linear in the number of jobs. Each category has FIFO over the same jobs as its baseline, so results read as ratios.
/// Run: <c>dotnet run -c Release --project tests/VirtLab.Benchmarks -- --filter '*SchedulingBenchmarks*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SchedulingBenchmarks
{
    private Workload _million = null!;
    private Workload _withIo = null!;
    private Workload _tenThousand = null!;
    private ISchedulingPolicy _roundRobin = null!;
    private ISchedulingPolicy _mlfq = null!;
    private ISchedulingPolicy _cfs = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Run times 1..100 (mean 50.5, about 5.5 slices of 10 per job), arrivals spread so the system stays busy.
        var random = new Random(6);
        _million = new Workload(Enumerable.Range(0, 1_000_000).Select(i => new Job(i, i * 50.0, random.Next(1, 101))));
        // MLFQ: whole-tick jobs that do I/O every 1..10 ticks for 5 ticks, OSTEP mlfq.py style.
        _withIo = new Workload(Enumerable.Range(0, 100_000).Select(i => new Job(i, i * 40, random.Next(1, 101), random.Next(1, 11), 5)));
        _tenThousand = new Workload(Enumerable.Range(0, 10_000).Select(i => new Job(i, 0, random.Next(1, 101), Nice: random.Next(-5, 6))));
        _roundRobin = Scheduler.RoundRobin(10);
        _mlfq = Scheduler.Mlfq(new MlfqOptions([10, 20, 40], [1, 1, 1], BoostPeriod: 1000));
        _cfs = Scheduler.Cfs();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("1M jobs")]
    public SimulationResult Fifo1M() => Scheduler.Fifo.Run(_million);

    [Benchmark, BenchmarkCategory("1M jobs")]
    public SimulationResult RoundRobin1M() => _roundRobin.Run(_million);

    [Benchmark(Baseline = true), BenchmarkCategory("100k jobs with I/O")]
    public SimulationResult Fifo100kIo() => Scheduler.Fifo.Run(_withIo);

    [Benchmark, BenchmarkCategory("100k jobs with I/O")]
    public SimulationResult Mlfq100kIo() => _mlfq.Run(_withIo);

    [Benchmark(Baseline = true), BenchmarkCategory("10k jobs")]
    public SimulationResult Fifo10k() => Scheduler.Fifo.Run(_tenThousand);

    [Benchmark, BenchmarkCategory("10k jobs")]
    public SimulationResult Cfs10k() => _cfs.Run(_tenThousand);
}
