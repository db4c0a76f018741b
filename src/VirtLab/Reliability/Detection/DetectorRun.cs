using System.Globalization;
using VirtLab.Display;

namespace VirtLab.Reliability.Detection;

/// <summary>How one detector did on one trace, in the quality-of-service terms of Chen, Toueg &amp; Aguilera (2002).</summary>
/// <param name="Detector">The detector's name and settings.</param>
/// <param name="Trace">The trace's name.</param>
/// <param name="Suspicions">Every suspicion interval, in time order.</param>
/// <param name="Mistakes">Number of false suspicions (suspicions that began while the process was alive).</param>
/// <param name="MistakeDuration">Total time the live process was wrongly suspected (up to the crash).</param>
/// <param name="DetectionTime">Crash to permanent suspicion (T_D), 0 if already suspected at the crash;
/// <see langword="null"/> if there was no crash or it was not detected before the trace ended.</param>
/// <param name="AliveTime">Observed time before the crash (or the whole trace).</param>
/// <remarks>Metrics: W. Chen, S. Toueg, M. K. Aguilera, "On the quality of service of failure detectors",
/// IEEE Trans. Computers 51(5):561–580, 2002 (detection time T_D, mistake rate λ_M, query accuracy probability P_A).</remarks>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record DetectorRun(
    string Detector,
    string Trace,
    IReadOnlyList<SuspicionInterval> Suspicions,
    int Mistakes,
    double MistakeDuration,
    double? DetectionTime,
    double AliveTime) : IHtmlRenderable
{
    /// <summary>Mistake rate λ_M: false suspicions per unit of alive time.</summary>
    public double MistakeRate => AliveTime > 0 ? Mistakes / AliveTime : 0;

    /// <summary>Query accuracy probability P_A: share of alive time during which the detector was right.</summary>
    public double QueryAccuracy => AliveTime > 0 ? 1 - MistakeDuration / AliveTime : 1;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Detector} on {Trace}: {Mistakes} false suspicion(s) ({MistakeDuration:G4} wrongly suspected), detection {(DetectionTime is { } d ? d.ToString("G5", CultureInfo.InvariantCulture) : "none")}");

    /// <inheritdoc />
    public string ToHtml()
    {
        var table = new ResultTable($"{Detector} on {Trace}", "start", "end", "length", "kind");
        foreach (var s in Suspicions)
        {
            table.Row(s.Start, s.End, s.Duration, s.IsMistake ? "false suspicion" : "crash detected");
        }

        table.Row("detection time", DetectionTime is { } d ? ResultTable.Number(d) : "none", "", "");
        return table.ToString();
    }
}
