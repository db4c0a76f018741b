using VirtLab.Display;

namespace VirtLab.Charts;

/// <summary>
/// Renders a <see cref="Figure"/> in notebooks: <c>text/html</c> (chart), <c>application/vnd.plotly.v1+json</c>
/// (figure JSON, used by the offline HTML export and plotly-aware viewers) and <c>text/plain</c>.
/// </summary>
public sealed class FigureFormatterSource
{
    /// <summary>The MIME type of plotly figure JSON.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>Creates the formatters (called by the notebook host by reflection).</summary>
    public System.Collections.IEnumerable CreateTypeFormatters()
    {
        yield return new MimeFormatter<Figure>("text/html", (figure, writer) => writer.Write(figure.ToHtml()));
        yield return new MimeFormatter<Figure>(PlotlyMimeType, (figure, writer) => writer.Write(figure.ToJson()));
        yield return new MimeFormatter<Figure>("text/plain", (figure, writer) => writer.Write(figure.ToString()));
    }
}
