using Plotly.NET;
using VirtLab.Display;

namespace VirtLab.Charts;

/// <summary>The notebook formatters of Plotly.NET's <see cref="GenericChart"/> (see <see cref="ChartFormatter"/>).</summary>
/// <remarks>VirtLab does not own <see cref="GenericChart"/>, so no attribute can sit on it: the source is named at
/// assembly level (<c>[assembly: TypeFormatterSource(...)]</c>, which <c>virtlab run</c> honours) and registered
/// with the real kernel's <c>Formatter</c> when VirtLab loads (<see cref="KernelFormatters"/>).</remarks>
public sealed class GenericChartFormatterSource
{
    /// <summary>Creates the formatters (called by the notebook host by reflection).</summary>
    public System.Collections.IEnumerable CreateTypeFormatters()
    {
        yield return new MimeFormatter<GenericChart>("text/html", (chart, writer) => writer.Write(ChartFormatter.HtmlOncePerProcess(chart)));
        yield return new MimeFormatter<GenericChart>(ChartFormatter.PlotlyMimeType, (chart, writer) => writer.Write(ChartFormatter.Figure(chart).ToJsonString()));
        yield return new MimeFormatter<GenericChart>("text/plain", (chart, writer) => writer.Write(ChartFormatter.Summary(chart)));
    }
}
