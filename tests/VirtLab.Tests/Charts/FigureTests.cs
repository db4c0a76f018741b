using System.Text.Json;
using VirtLab.Charts;

namespace VirtLab.Tests.Charts;

public sealed class FigureTests
{
    [Fact]
    public void Line_chart_with_titles_legend_and_annotation_matches_snapshot()
    {
        var figure = Chart.Line([0, 1, 2, 3], [0.5, 0.75, 0.5, 0.25], name: "VM 1", title: "CPU share over time")
            .Add(new ScatterTrace([0, 1, 2, 3], [0.5, 0.25, 0.5, 0.75]) { Name = "VM 2", Step = true, Dashed = true, Color = "#d62728" })
            .Add(new ScatterTrace([1.5], [0.5]) { Name = "event", Mode = ScatterMode.Markers })
            .WithAxes("time (s)", "share of one CPU")
            .Annotate(2, 0.5, "VM 2 wakes up");
        figure.ShowLegend = true;
        figure.YAxis.Range = (0, 1);

        Snapshot.Match("line", figure.ToJson(indented: true));
    }

    [Fact]
    public void Grouped_and_stacked_bars_match_snapshots()
    {
        var grouped = Chart.Bar(["A", "B", "C"], [2, 2.6, 2.7], name: "allocation", title: "Max-min fair shares")
            .Add(new BarTrace(["A", "B", "C"], [2, 2.6, 4]) { Name = "demand" }.WithText(["2", "2.6", "4"]));
        var stacked = new Figure("Memory per VM") { BarMode = BarMode.Stack }
            .Add(new BarTrace(["vm1", "vm2"], [512, 256]) { Name = "used" })
            .Add(new BarTrace(["vm1", "vm2"], [512, 768]) { Name = "free", Color = "lightgray" })
            .WithAxes(null, "MiB");

        Snapshot.Match("bar-grouped", grouped.ToJson(indented: true));
        Snapshot.Match("bar-stacked", stacked.ToJson(indented: true));
    }

    [Fact]
    public void Gantt_chart_uses_horizontal_bars_with_base_and_rows_in_first_seen_order()
    {
        var figure = Chart.Gantt(
            [new GanttTask("CPU 0", 0, 3, "A"), new GanttTask("CPU 1", 0, 2, "B"), new GanttTask("CPU 0", 3, 5, "B")],
            title: "Round robin, q = 3")
            .WithAxes("time (ms)", null);

        Snapshot.Match("gantt", figure.ToJson(indented: true));
    }

    [Fact]
    public void Histogram_box_and_heatmap_match_snapshots()
    {
        var histogram = Chart.Histogram([1, 2, 2, 3, 3, 3], binCount: 3, title: "Response times");
        ((HistogramTrace)histogram.Traces[0]).Density = true;
        var box = Chart.Box([1, 2, 3, 4, 100], name: "latency").Add(new BoxTrace([2, 3, 4]) { Name = "after", ShowMean = true, ShowPoints = true });
        box.YAxis.Log = true;
        box.YAxis.Range = (1, 1000);
        var heatmap = Chart.Heatmap([[0.1, 0.9], [0.5, 0.4]], ["t0", "t1"], ["host-a", "host-b"], title: "Utilisation");
        ((HeatmapTrace)heatmap.Traces[0]).ShowValues = true;

        Snapshot.Match("histogram", histogram.ToJson(indented: true));
        Snapshot.Match("box", box.ToJson(indented: true));
        Snapshot.Match("heatmap", heatmap.ToJson(indented: true));
    }

    [Fact]
    public void Compact_json_is_the_indented_json_without_whitespace()
    {
        var figure = Chart.Line([0, 1], [1, 2], title: "t");

        using var compact = JsonDocument.Parse(figure.ToJson());
        using var indented = JsonDocument.Parse(figure.ToJson(indented: true));
        Assert.Equal(JsonSerializer.Serialize(indented.RootElement), figure.ToJson());
        Assert.Equal("scatter", compact.RootElement.GetProperty("data")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Html_draws_the_figure_and_loads_plotly_from_the_cdn_only_when_missing()
    {
        var figure = Chart.Bar(["a"], [1], title: "</script><b>");

        var html = figure.ToHtml();

        Assert.Matches("<div id=\"virtlab-figure-\\d+-[0-9a-f]{8}\" class=\"virtlab-figure\" style=\"width:100%;height:420px;\"></div>", html);
        Assert.Contains("if (typeof Plotly !== 'undefined') { draw(); return; }", html, StringComparison.Ordinal);
        Assert.Contains($"https://cdn.plot.ly/plotly-{Figure.PlotlyVersion}.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</script><b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatter_source_renders_html_plotly_json_and_text()
    {
        var figure = Chart.Line([0, 1], [1, 2], name: "s", title: "T");
        var formatters = new FigureFormatterSource().CreateTypeFormatters().Cast<VirtLab.Display.MimeFormatter<Figure>>().ToList();

        Assert.Equal(["text/html", "application/vnd.plotly.v1+json", "text/plain"], formatters.Select(f => f.MimeType));
        var writer = new StringWriter();
        Assert.True(formatters[1].Format(figure, writer));
        Assert.Equal(figure.ToJson(), writer.ToString());
        Assert.Equal("Figure 'T' (1 trace: scatter 's')", figure.ToString());
        Assert.NotNull(typeof(Figure).GetCustomAttributes(false).SingleOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute"));
    }

    [Fact]
    public void Rejects_values_that_plotly_cannot_draw()
    {
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => new ScatterTrace([0, 1], [1, double.NaN])).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => new ScatterTrace([0, 1], [1])).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => new BarTrace(["a", "b"], [1])).ParamName);
        Assert.Equal("starts", Assert.Throws<ArgumentException>(() => new BarTrace(["a"], [1]).WithBase([1, 2])).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => new HistogramTrace([double.PositiveInfinity])).ParamName);
        Assert.Equal("z", Assert.Throws<ArgumentException>(() => new HeatmapTrace([[1, 2], [3]], ["a", "b"], ["r1", "r2"])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => new HeatmapTrace([[1]], ["a"], ["r1", "r2"])).ParamName);
        Assert.Equal("tasks", Assert.Throws<ArgumentException>(() => Chart.Gantt([new GanttTask("cpu", 2, 1)])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Figure { Height = 50 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistogramTrace([1]) { BinCount = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Axis { Range = (2, 1) });
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => new Figure().Annotate(double.NaN, 0, "t")).ParamName);
    }
}
