using System.Globalization;
using System.Net;
using System.Text;
using VirtLab.Display;

namespace VirtLab.Scheduling;

/// <summary>Results of several policies on one workload, one row per policy.</summary>
/// <param name="Results">One result per policy, in the order given.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record PolicyComparison(IReadOnlyList<SimulationResult> Results) : IHtmlRenderable
{
    /// <summary>The result of the policy whose name starts with <paramref name="policy"/> (case-insensitive).</summary>
    /// <param name="policy">Policy name or prefix, for example "RR".</param>
    /// <exception cref="ArgumentException">No result has that name.</exception>
    public SimulationResult this[string policy] =>
        Results.FirstOrDefault(r => r.Policy.StartsWith(policy, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No result for policy '{policy}'.", nameof(policy));

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder("Policy                          Response  Turnaround      Wait  Utilisation   Jain  Misses");
        foreach (var r in Results)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture,
                $"{r.Policy,-30} {r.AverageResponse,9:F2} {r.AverageTurnaround,11:F2} {r.AverageWait,9:F2} {r.Utilisation,12:P1}  {(r.JainFairness is { } j ? j.ToString("F3", CultureInfo.InvariantCulture) : "-"),5}  {r.DeadlineMisses,6}");
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public string ToHtml()
    {
        var html = new StringBuilder("<table><thead><tr><th>Policy</th><th>Avg response</th><th>Avg turnaround</th><th>Avg wait</th><th>Utilisation</th><th>Jain fairness</th><th>Deadline misses</th></tr></thead><tbody>");
        foreach (var r in Results)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{WebUtility.HtmlEncode(r.Policy)}</td><td>{r.AverageResponse:0.##}</td><td>{r.AverageTurnaround:0.##}</td><td>{r.AverageWait:0.##}</td><td>{r.Utilisation:P1}</td><td>{(r.JainFairness is { } j ? j.ToString("F3", CultureInfo.InvariantCulture) : "-")}</td><td>{r.DeadlineMisses}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
