using BenchmarkDotNet.Attributes;
using VirtLab.Reliability.Detection;

namespace VirtLab.Benchmarks.Reliability;

/// <summary>
/// Cost of scoring a heartbeat trace: the fixed timeout (baseline) against the φ-accrual detector with each model.
/// The φ detector keeps its window in MathNet's MovingStatistics; the window size (Akka's max-sample-size) is a parameter
/// because its cost per heartbeat grows with it (about 1 µs at 10 samples, 4–6 µs at 1000 on the course machine).
/// Run: <c>dotnet run -c Release --project tests/VirtLab.Benchmarks -- --filter *DetectorBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private HeartbeatTrace _trace = null!;

    [Params(10_000)]
    public int Heartbeats { get; set; }

    [Params(10, 1000)]
    public int Window { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _trace = HeartbeatTrace.Generate("bench", new HeartbeatModel(1000, 50, 20, Heartbeats * 1000.0 + 5000, Heartbeats * 1000.0, []), seed: 1);

    [Benchmark(Baseline = true)]
    public DetectorRun FixedTimeout() => DetectorSimulation.Run(_trace, new FixedTimeoutDetector(3000));

    [Benchmark]
    public DetectorRun PhiLogistic() => DetectorSimulation.Run(_trace, new PhiAccrualDetector(maxSampleSize: Window));

    [Benchmark]
    public DetectorRun PhiNormal() => DetectorSimulation.Run(_trace, new PhiAccrualDetector(maxSampleSize: Window, model: PhiModel.Normal));

    [Benchmark]
    public DetectorRun PhiExponential() => DetectorSimulation.Run(_trace, new PhiAccrualDetector(maxSampleSize: Window, model: PhiModel.Exponential));
}
