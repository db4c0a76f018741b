using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace VirtLab.Charts;

/// <summary>
/// How any Plotly.NET <see cref="GenericChart"/> renders in a notebook, the same in every host (<c>virtlab run</c>,
/// its HTML export, the real .NET Interactive kernel in VS Code or Jupyter): <c>text/html</c> (the chart, drawn with
/// the plotly.js embedded in Plotly.NET, plus a text fallback shown until it draws),
/// <c>application/vnd.plotly.v1+json</c> (the figure, for plotly-aware viewers and the HTML export) and
/// <c>text/plain</c> (the text summary).
/// </summary>
/// <remarks>
/// plotly.js (3.6 MB) is inlined once per process: in the first chart this process renders. Later charts wait for
/// <c>window.Plotly</c>, which the first one defines for the whole page (VS Code's output view, a Jupyter page,
/// nbconvert's HTML). No CDN, no require.js. A viewer that runs no scripts shows the text fallback instead.
/// After a kernel restart the first chart carries plotly.js again.
/// </remarks>
public static class ChartFormatter
{
    /// <summary>The MIME type of plotly figure JSON (the one JupyterLab's plotly renderer reads).</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    // Plotly.NET's toFigureJson costs about a second per call on a busy machine (reflection over every dynamic
    // member); one display asks for the figure three times (HTML, JSON, summary), so keep it per chart object.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GenericChart, JsonObject> s_figures = new();
    private static int s_plotlyIncluded;
    private static int s_counter;

    /// <summary>The MIME types a chart renders as, most preferred first.</summary>
    public static IReadOnlyList<string> MimeTypes { get; } = ["text/html", PlotlyMimeType, "text/plain"];

    /// <summary>The plotly figure: <c>{"data": [...], "layout": {...}}</c>.</summary>
    /// <remarks>Computed once per chart object (charts built with this library are never changed after they are
    /// made); each call returns a copy the caller may change.</remarks>
    public static JsonObject Figure(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = s_figures.GetValue(chart, static c =>
        {
            var parsed = JsonNode.Parse(GenericChart.toFigureJson(c))!.AsObject();
            return new JsonObject
            {
                ["data"] = parsed["data"]?.DeepClone() ?? new JsonArray(),
                ["layout"] = parsed["layout"]?.DeepClone() ?? new JsonObject(),
            };
        });
        return figure.DeepClone().AsObject();
    }

    /// <summary>The text fallback: title, axes and, per trace, its type, name and value ranges.</summary>
    public static string Summary(GenericChart chart) => ChartSummary.Of(Figure(chart));

    /// <summary>An HTML fragment that draws the chart; <paramref name="includePlotlyJs"/> inlines plotly.js in it.</summary>
    public static string Html(GenericChart chart, bool includePlotlyJs)
    {
        var figure = Figure(chart);
        var json = figure.ToJsonString().Replace("</", "<\\/", StringComparison.Ordinal);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..8].ToLowerInvariant();
        var id = $"virtlab-chart-{Interlocked.Increment(ref s_counter)}-{hash}";
        var height = figure["layout"]?["height"]?.GetValue<int>() ?? Chart.DefaultHeight;
        var html = new StringBuilder();
        html.Append("<div class=\"virtlab-chart\">")
            .Append("<div id=\"").Append(id).Append("\" class=\"virtlab-chart-plot\" style=\"width:100%;height:").Append(height).Append("px;\"></div>")
            .Append("<pre class=\"virtlab-chart-fallback\">").Append(WebUtility.HtmlEncode(ChartSummary.Of(figure))).Append("</pre>");
        if (includePlotlyJs)
        {
            html.Append("<script type=\"text/javascript\">/* plotly.js ").Append(PlotlyJs.Version).Append(", from Plotly.NET */\n")
                .Append(PlotlyJs.GlobalScript).Append("\n</script>");
        }

        html.Append("<script type=\"text/javascript\">(function () {\n")
            .Append("  var figure = ").Append(json).Append(";\n")
            .Append("  var tries = 0;\n")
            .Append("  function draw() {\n")
            .Append("    var plot = document.getElementById('").Append(id).Append("');\n")
            .Append("    if (!plot) { return; }\n")
            .Append("    if (typeof window.Plotly === 'undefined') { if (tries++ < 600) { setTimeout(draw, 100); } return; }\n")
            .Append("    window.Plotly.newPlot(plot, figure.data, figure.layout, { responsive: true, displaylogo: false }).then(function () {\n")
            .Append("      var fallback = plot.parentNode.querySelector('.virtlab-chart-fallback');\n")
            .Append("      if (fallback) { fallback.style.display = 'none'; }\n")
            .Append("    });\n")
            .Append("  }\n")
            .Append("  draw();\n")
            .Append("})();</script></div>");
        return html.ToString();
    }

    /// <summary>The chart's <c>text/html</c> for this process: plotly.js is inlined in the first one only.</summary>
    internal static string HtmlOncePerProcess(GenericChart chart)
    {
        var first = Interlocked.Exchange(ref s_plotlyIncluded, 1) == 0;
        try
        {
            return Html(chart, includePlotlyJs: first);
        }
        catch
        {
            if (first)
            {
                Interlocked.Exchange(ref s_plotlyIncluded, 0);
            }

            throw;
        }
    }
}
