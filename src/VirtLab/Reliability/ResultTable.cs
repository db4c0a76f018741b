using System.Globalization;
using System.Net;
using System.Text;

namespace VirtLab.Reliability;

/// <summary>Builds the small HTML tables that result records show in notebooks.</summary>
internal sealed class ResultTable
{
    private readonly StringBuilder _html = new();

    public ResultTable(string caption, params string[] headers)
    {
        _html.Append("<table class=\"virtlab\"><caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption><thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>");
    }

    public ResultTable Row(params object?[] cells)
    {
        _html.Append("<tr>");
        foreach (var cell in cells)
        {
            _html.Append("<td>").Append(WebUtility.HtmlEncode(Text(cell))).Append("</td>");
        }

        _html.Append("</tr>");
        return this;
    }

    public override string ToString() => _html + "</tbody></table>";

    /// <summary>Invariant, compact rendering of numbers (6 significant digits).</summary>
    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Text(object? cell) => cell switch
    {
        null => "",
        double d => Number(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
