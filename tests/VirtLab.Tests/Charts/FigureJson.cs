using System.Text.Json.Nodes;
using Plotly.NET;
using VirtLab.Charts;

namespace VirtLab.Tests.Charts;

/// <summary>Reads a chart the way plotly.js receives it: the figure JSON.</summary>
internal static class FigureJson
{
    public static JsonObject Of(GenericChart chart) => ChartFormatter.Figure(chart);

    public static JsonArray Traces(GenericChart chart) => Of(chart)["data"]!.AsArray();

    public static JsonObject Layout(GenericChart chart) => Of(chart)["layout"]!.AsObject();

    public static double[] Numbers(JsonNode? node) => node!.AsArray().Select(n => n!.GetValue<double>()).ToArray();

    public static string[] Strings(JsonNode? node) => node!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
}
