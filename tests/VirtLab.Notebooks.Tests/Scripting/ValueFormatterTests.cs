using System.Text.Json.Nodes;
using VirtLab.Display;
using VirtLab.Notebooks.Scripting;

namespace VirtLab.Notebooks.Tests.Scripting;

public sealed class ValueFormatterTests
{
    private static string Bundle(JsonObject bundle) => string.Join(" | ", bundle.Select(p => $"{p.Key}: {(p.Value is JsonValue v && v.TryGetValue<string>(out var text) ? text : p.Value!.ToJsonString())}"));

    [Fact]
    public void Strings_scalars_and_null_are_plain_text()
    {
        Assert.Equal("text/plain: héllo", Bundle(ValueFormatter.Format("héllo")));
        Assert.Equal("text/plain: 2.5", Bundle(ValueFormatter.Format(2.5)));
        Assert.Equal("text/plain: True", Bundle(ValueFormatter.Format(true)));
        Assert.Equal("text/plain: <null>", Bundle(ValueFormatter.Format(null)));
        Assert.Equal("text/plain: [ 1, 2, 3 ]", Bundle(ValueFormatter.Format(new[] { 1, 2, 3 })));
    }

    [Fact]
    public void Html_string_is_html_only()
    {
        var bundle = ValueFormatter.Format(new HtmlString("<b>x</b>"));

        Assert.Equal(["text/html"], bundle.Select(p => p.Key));
        Assert.Equal("<b>x</b>", bundle["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void Sequences_of_records_become_an_html_table_and_text()
    {
        var bundle = ValueFormatter.Format(new[] { new Row("a<", 1), new Row("b", 2) });

        Assert.Equal(
            "<table><thead><tr><th><i>index</i></th><th>Name</th><th>Count</th></tr></thead><tbody>"
            + "<tr><td>0</td><td>a&lt;</td><td>1</td></tr><tr><td>1</td><td>b</td><td>2</td></tr></tbody></table>",
            bundle["text/html"]!.GetValue<string>());
        Assert.Equal("Row { Name = a<, Count = 1 }\nRow { Name = b, Count = 2 }", bundle["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Long_sequences_are_cut_at_the_row_limit()
    {
        var bundle = ValueFormatter.Format(Enumerable.Range(0, ValueFormatter.RowLimit + 5).Select(i => new Row("r", i)));

        Assert.EndsWith("</table><p>(more rows not shown)</p>", bundle["text/html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(ValueFormatter.RowLimit + 1, bundle["text/plain"]!.GetValue<string>().Split('\n').Length);
    }

    [Fact]
    public void Convention_formatters_render_every_mime_type_they_offer()
    {
        var bundle = ValueFormatter.Format(new Rendered());

        Assert.Equal("text/html: <i>r</i> | text/plain: plain r", Bundle(bundle));
    }

    [Fact]
    public void Requested_mime_types_restrict_the_bundle()
    {
        Assert.Equal(["text/plain"], ValueFormatter.Format(new Rendered(), ["text/plain"]).Select(p => p.Key));
        Assert.Equal("mimeTypes", Assert.Throws<ArgumentException>(() => ValueFormatter.Format(1, ["image/png"])).ParamName);
    }

    [Fact]
    public void Json_mime_types_are_stored_as_json()
    {
        var figure = VirtLab.Charts.Chart.Bar(["a"], [1]);

        var bundle = ValueFormatter.Format(figure);

        Assert.Equal(["text/html", "application/vnd.plotly.v1+json", "text/plain"], bundle.Select(p => p.Key));
        Assert.Equal("bar", bundle["application/vnd.plotly.v1+json"]!["data"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void A_chart_made_with_Plotly_NET_alone_renders_through_the_assembly_level_formatter_source()
    {
        var chart = Plotly.NET.CSharp.Chart.Point<double, double, string>(new double[] { 1, 2 }, new double[] { 3, 4 });

        var bundle = ValueFormatter.Format(chart);

        Assert.Equal(["text/html", "application/vnd.plotly.v1+json", "text/plain"], bundle.Select(p => p.Key));
        Assert.Contains("class=\"virtlab-chart\"", bundle["text/html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Chart (1 trace)", bundle["text/plain"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private sealed record Row(string Name, int Count);

    [TypeFormatterSource(typeof(HtmlFormatterSource))]
    private sealed class Rendered : IHtmlRenderable
    {
        public string ToHtml() => "<i>r</i>";

        public override string ToString() => "plain r";
    }
}
