using System.Text;
using VirtLab.Display;

namespace VirtLab.Reliability.Detection;

/// <summary>One point of a threshold sweep.</summary>
/// <param name="Threshold">The setting (φ threshold or timeout).</param>
/// <param name="Run">The detector's result at that setting.</param>
public sealed record SweepPoint(double Threshold, DetectorRun Run);

/// <summary>Detection time against false suspicions as a detector's threshold moves (<see cref="DetectorSimulation.Sweep"/>).</summary>
/// <param name="Trace">The trace's name.</param>
/// <param name="Points">One point per threshold, in the order given.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record DetectorSweep(string Trace, IReadOnlyList<SweepPoint> Points) : IHtmlRenderable
{
    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder($"Sweep on {Trace}:\n");
        foreach (var p in Points)
        {
            text.Append("  ").Append(p.Run).Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    /// <inheritdoc />
    public string ToHtml()
    {
        var table = new ResultTable($"Detection time vs false suspicions on {Trace}", "threshold", "detector", "false suspicions", "time wrongly suspected", "query accuracy", "detection time");
        foreach (var p in Points)
        {
            table.Row(p.Threshold, p.Run.Detector, p.Run.Mistakes, p.Run.MistakeDuration, p.Run.QueryAccuracy,
                p.Run.DetectionTime is { } d ? ResultTable.Number(d) : "not detected");
        }

        return table.ToString();
    }
}
