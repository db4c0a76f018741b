using System.Globalization;
using System.Net;
using System.Text;

namespace VirtLab.Allocation;

/// <summary>Number and table formatting shared by the allocation result records.</summary>
internal static class Format
{
    public static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "inf" : Math.Round(value, 6).ToString("G6", CultureInfo.InvariantCulture);

    public static string Vector(IEnumerable<double> values) => "(" + string.Join(", ", values.Select(Number)) + ")";

    public static string Html(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? footer = null)
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"virtlab-allocation\">");
        sb.Append("<caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption><thead><tr>");
        foreach (var h in headers)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        if (footer is not null)
        {
            sb.Append("<p>").Append(WebUtility.HtmlEncode(footer)).Append("</p>");
        }

        return sb.ToString();
    }
}
