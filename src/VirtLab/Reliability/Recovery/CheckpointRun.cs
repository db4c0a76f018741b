using VirtLab.Display;

namespace VirtLab.Reliability.Recovery;

/// <summary>Result of <see cref="CheckpointSimulation.Run"/>.</summary>
/// <param name="SolveTime">Failure-free compute time T_s.</param>
/// <param name="Interval">Checkpoint interval τ.</param>
/// <param name="CheckpointCost">Checkpoint cost δ.</param>
/// <param name="RestartCost">Restart cost R.</param>
/// <param name="Mtbf">Mean time between failures M.</param>
/// <param name="MeanWallTime">Simulated mean wall-clock time.</param>
/// <param name="StandardError">Standard error of <paramref name="MeanWallTime"/>.</param>
/// <param name="MeanFailures">Mean number of failures per job.</param>
/// <param name="ExpectedWallTime">Daly's model, <see cref="CheckpointInterval.ExpectedWallTime"/>.</param>
/// <param name="Replications">Jobs simulated.</param>
/// <param name="Seed">The seed used.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record CheckpointRun(
    double SolveTime,
    double Interval,
    double CheckpointCost,
    double RestartCost,
    double Mtbf,
    double MeanWallTime,
    double StandardError,
    double MeanFailures,
    double ExpectedWallTime,
    int Replications,
    int Seed) : IHtmlRenderable
{
    /// <summary>Wasted share of the wall-clock time, 1 − T_s/T_w (simulated).</summary>
    public double Waste => 1 - SolveTime / MeanWallTime;

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"tau = {N(Interval)}: wall time {N(MeanWallTime)} +/- {N(StandardError)} (model {N(ExpectedWallTime)}), waste {Waste:P1}, {N(MeanFailures)} failures per job");

    /// <inheritdoc />
    public string ToHtml() => new ResultTable($"Checkpoint/restart, tau = {N(Interval)} (seed {Seed}, {Replications} jobs)", "quantity", "value")
        .Row("solve time T_s", SolveTime)
        .Row("checkpoint cost delta", CheckpointCost)
        .Row("restart cost R", RestartCost)
        .Row("MTBF M", Mtbf)
        .Row("wall time (simulated)", $"{N(MeanWallTime)} +/- {N(StandardError)}")
        .Row("wall time (Daly model)", ExpectedWallTime)
        .Row("failures per job", MeanFailures)
        .ToString();

    private static string N(double x) => ResultTable.Number(x);
}
