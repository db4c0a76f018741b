using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace VirtLab.Charts;

/// <summary>The text fallback of a chart, for viewers that run no scripts (GitHub, nbviewer, a PDF, a terminal):
/// the title, the axis titles and, per trace, its type, name, number of points and value ranges.</summary>
internal static class ChartSummary
{
    public static string Of(JsonObject figure)
    {
        var layout = figure["layout"] as JsonObject;
        var data = figure["data"] as JsonArray ?? [];
        var text = new StringBuilder();
        var title = TitleText(layout?["title"]);
        text.Append("Chart");
        if (title is not null)
        {
            text.Append(" '").Append(title).Append('\'');
        }

        text.Append(CultureInfo.InvariantCulture, $" ({data.Count} trace{(data.Count == 1 ? string.Empty : "s")})");
        var x = TitleText(layout?["xaxis"]?["title"]);
        var y = TitleText(layout?["yaxis"]?["title"]);
        if (x is not null || y is not null)
        {
            text.Append(": x = ").Append(x ?? "-").Append(", y = ").Append(y ?? "-");
        }

        foreach (var trace in data.OfType<JsonObject>())
        {
            var type = trace["type"]?.GetValue<string>() ?? "scatter";
            var name = trace["name"]?.GetValue<string>();
            text.Append("\n  ").Append(type);
            if (!string.IsNullOrEmpty(name))
            {
                text.Append(" '").Append(name).Append('\'');
            }

            foreach (var axis in new[] { "x", "y", "z" })
            {
                if (trace[axis] is JsonArray values)
                {
                    text.Append(CultureInfo.InvariantCulture, $", {axis}: {Describe(values)}");
                }
            }
        }

        return text.ToString();
    }

    private static string? TitleText(JsonNode? title) => title switch
    {
        JsonObject o => o["text"]?.GetValue<string>(),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => null,
    };

    private static string Describe(JsonArray values)
    {
        var numbers = values.OfType<JsonValue>().Select(v => v.TryGetValue<double>(out var d) ? d : (double?)null).ToList();
        if (numbers.Count == values.Count && numbers.All(n => n is not null) && numbers.Count > 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{values.Count} values in [{numbers.Min():G4}, {numbers.Max():G4}]");
        }

        var labels = values.Select(v => v?.ToString() ?? string.Empty).Take(6).ToList();
        var shown = string.Join(", ", labels);
        return values.Count > labels.Count ? $"{values.Count} values ({shown}, ...)" : $"{values.Count} values ({shown})";
    }
}
