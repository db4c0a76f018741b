using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;

namespace VirtLab.Display;

/// <summary>
/// The column table a sequence of objects renders as in a notebook (records, anonymous-type projections, result
/// rows): one column per public property, an index column, at most <see cref="RowLimit"/> rows. <c>virtlab run</c>
/// and the real kernel (through <see cref="KernelFormatters"/>) both use it, so the two hosts show the same table.
/// </summary>
public static class SequenceTable
{
    /// <summary>Rows a table shows before it summarises the rest.</summary>
    public const int RowLimit = 100;

    /// <summary>Renders <paramref name="value"/> as a table when it is a sequence of objects (not of scalars, not of
    /// sequences, not a string).</summary>
    /// <param name="value">Any value.</param>
    /// <param name="html">The <c>&lt;table&gt;</c>.</param>
    /// <param name="plain">The <c>text/plain</c> rendering: one line per row.</param>
    /// <returns><see langword="false"/> when the value is not such a sequence.</returns>
    public static bool TryRender(object? value, out string html, out string plain)
    {
        html = plain = string.Empty;
        if (value is not IEnumerable sequence || IsScalar(value))
        {
            return false;
        }

        var items = sequence.Cast<object?>().Take(RowLimit + 1).ToList();
        if (items.Count == 0 || items.All(IsScalar) || items.Any(i => i is IEnumerable and not string))
        {
            return false;
        }

        var shown = items.Take(RowLimit).ToList();
        var itemType = shown.First(i => i is not null)!.GetType();
        var properties = itemType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToList();
        var table = new StringBuilder();
        table.Append("<table><thead><tr><th><i>index</i></th>");
        foreach (var property in properties)
        {
            table.Append("<th>").Append(WebUtility.HtmlEncode(property.Name)).Append("</th>");
        }

        table.Append("</tr></thead><tbody>");
        for (var i = 0; i < shown.Count; i++)
        {
            table.Append("<tr><td>").Append(i.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var property in properties)
            {
                var cell = shown[i] is { } item && property.DeclaringType!.IsInstanceOfType(item) ? PlainText(property.GetValue(item)) : string.Empty;
                table.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            table.Append("</tr>");
        }

        table.Append("</tbody></table>");
        plain = string.Join("\n", shown.Select(PlainText));
        if (items.Count > RowLimit)
        {
            table.Append("<p>(more rows not shown)</p>");
            plain += "\n…";
        }

        html = table.ToString();
        return true;
    }

    /// <summary>The text of one value: <c>ToString()</c> with the invariant culture, <c>[ a, b ]</c> for sequences.</summary>
    public static string PlainText(object? value)
    {
        switch (value)
        {
            case null:
                return "<null>";
            case string s:
                return s;
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            case IEnumerable sequence:
                var items = sequence.Cast<object?>().Take(RowLimit + 1).ToList();
                var shown = string.Join(", ", items.Take(RowLimit).Select(PlainText));
                return items.Count > RowLimit ? $"[ {shown}, … ]" : $"[ {shown} ]";
            default:
                return value.ToString() ?? string.Empty;
        }
    }

    /// <summary>Whether a value renders as plain text on its own (null, string, number, bool, char, enum).</summary>
    public static bool IsScalar(object? value) =>
        value is null or string or IFormattable or bool or char || value.GetType().IsPrimitive || value.GetType().IsEnum;
}
