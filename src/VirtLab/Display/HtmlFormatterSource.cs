namespace VirtLab.Display;

/// <summary>
/// A formatter source for any type that implements <see cref="IHtmlRenderable"/>: it renders
/// <c>text/html</c> with <see cref="IHtmlRenderable.ToHtml"/> and <c>text/plain</c> with <c>ToString()</c>.
/// </summary>
/// <remarks>Decorate a type with <c>[TypeFormatterSource(typeof(HtmlFormatterSource))]</c>.</remarks>
public sealed class HtmlFormatterSource
{
    /// <summary>Creates the formatters (called by the notebook host by reflection).</summary>
    public System.Collections.IEnumerable CreateTypeFormatters()
    {
        yield return new MimeFormatter<IHtmlRenderable>("text/html", (value, writer) => writer.Write(value.ToHtml()));
        yield return new MimeFormatter<IHtmlRenderable>("text/plain", (value, writer) => writer.Write(value.ToString()));
    }
}
