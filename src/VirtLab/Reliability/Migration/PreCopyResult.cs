using System.Globalization;
using VirtLab.Display;

namespace VirtLab.Reliability.Migration;

/// <summary>Result of <see cref="PreCopyMigration.Simulate"/>.</summary>
/// <param name="Rounds">Every round; the last one is the stop-and-copy round.</param>
/// <param name="TotalData">Total data sent, V_mig.</param>
/// <param name="TotalTime">Total migration time, T_mig = V_mig/R + resume time.</param>
/// <param name="Downtime">Time the VM is paused: last round + resume time.</param>
/// <param name="StopReason">Why iteration stopped.</param>
/// <param name="DirtyRatio">λ = D/R; pre-copy converges only when λ &lt; 1.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record PreCopyResult(
    IReadOnlyList<MigrationRound> Rounds,
    double TotalData,
    double TotalTime,
    double Downtime,
    PreCopyStopReason StopReason,
    double DirtyRatio) : IHtmlRenderable
{
    /// <summary>Number of pre-copy rounds before the stop-and-copy (n in Liu et al.).</summary>
    public int PreCopyRounds => Rounds.Count - 1;

    /// <summary>Whether it stopped because little enough was left (not because a limit was hit).</summary>
    public bool Converged => StopReason == PreCopyStopReason.Threshold;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"pre-copy: {PreCopyRounds} round(s) then stop-and-copy of {Rounds[^1].Data:G5}; total {TotalData:G6} in {TotalTime:G5} s, downtime {VirtLab.Reliability.Downtime.Describe(TimeSpan.FromSeconds(Downtime))} ({StopReason}, lambda = {DirtyRatio:G3})");

    /// <inheritdoc />
    public string ToHtml()
    {
        var table = new ResultTable($"Pre-copy migration: downtime {ResultTable.Number(Downtime * 1000)} ms, stopped by {StopReason}", "round", "data sent", "duration (s)", "VM");
        foreach (var r in Rounds)
        {
            table.Row(r.Index, r.Data, r.Duration, r.IsStopAndCopy ? "paused (stop-and-copy)" : "running");
        }

        return table.Row("total", TotalData, TotalTime, "").ToString();
    }
}
