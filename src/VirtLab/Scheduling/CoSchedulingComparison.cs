using System.Text;
using GenericChart = Plotly.NET.GenericChart;
using VirtLab.Charts;
using VirtLab.Display;

namespace VirtLab.Scheduling;

/// <summary>The same <see cref="CoSchedulingScenario"/> run under each <see cref="CoSchedulingPolicy"/>.</summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class CoSchedulingComparison : IHtmlRenderable
{
    private static readonly string[] s_headers =
        ["policy", "guest useful", "guest spin", "spin, holder preempted", "other guests", "idle pCPU", "critical sections", "useful share", "max skew"];

    internal CoSchedulingComparison(CoSchedulingScenario scenario, IReadOnlyList<CoSchedulingResult> results)
    {
        Scenario = scenario;
        Results = results;
    }

    /// <summary>The scenario all policies ran.</summary>
    public CoSchedulingScenario Scenario { get; }

    /// <summary>One result per policy, in the order Independent, Strict, Relaxed.</summary>
    public IReadOnlyList<CoSchedulingResult> Results { get; }

    /// <summary>The result of one policy.</summary>
    /// <param name="policy">The policy.</param>
    public CoSchedulingResult this[CoSchedulingPolicy policy] => Results.Single(r => r.Policy == policy);

    /// <summary>Stacked bars: where each policy spent the pCPU time.</summary>
    /// <param name="title">Chart title.</param>
    public GenericChart Chart(string? title = null)
    {
        var names = Results.Select(r => r.Policy.ToString()).ToArray();
        return Charts.Chart.Combine(
                Charts.Chart.Bar(names, Results.Select(r => (double)r.GuestUsefulTicks), name: "guest: useful work"),
                Charts.Chart.Bar(names, Results.Select(r => (double)(r.GuestSpinTicks - r.SpinOnPreemptedHolderTicks)), name: "guest: spin, holder running"),
                Charts.Chart.Bar(names, Results.Select(r => (double)r.SpinOnPreemptedHolderTicks), name: "guest: spin, holder preempted"),
                Charts.Chart.Bar(names, Results.Select(r => (double)r.OtherGuestTicks), name: "other guests"),
                Charts.Chart.Bar(names, Results.Select(r => (double)r.IdleTicks), name: "idle (fragmentation)"))
            .Stacked().WithTitle(title ?? "Where the pCPU time went").WithAxes("policy", "pCPU-ticks");
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(Environment.NewLine, Results);

    /// <inheritdoc/>
    public string ToHtml() => Table(Results);

    internal static string Table(IReadOnlyList<CoSchedulingResult> results)
    {
        var sb = new StringBuilder("<table class=\"virtlab-scheduling\"><thead><tr>");
        foreach (var h in s_headers)
        {
            sb.Append("<th>").Append(CoSchedulingResult.Encode(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var r in results)
        {
            sb.Append("<tr>");
            foreach (var cell in r.Cells())
            {
                sb.Append("<td>").Append(CoSchedulingResult.Encode(cell)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        return sb.Append("</tbody></table>").ToString();
    }
}
