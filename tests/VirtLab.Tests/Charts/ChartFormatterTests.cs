using VirtLab.Charts;

namespace VirtLab.Tests.Charts;

public sealed class ChartFormatterTests
{
    [Fact]
    public void Html_Inlines_The_Embedded_Plotly_Only_When_Asked_And_Never_Names_A_Cdn()
    {
        var chart = Chart.Bar(["a"], [1], title: "</script><b>");

        var first = ChartFormatter.Html(chart, includePlotlyJs: true);
        var later = ChartFormatter.Html(chart, includePlotlyJs: false);

        Assert.Contains("plotly.js v" + PlotlyJs.Version, first, StringComparison.Ordinal);
        Assert.DoesNotContain("plotly.js v", later, StringComparison.Ordinal);
        Assert.True(first.Length > 3_000_000);
        Assert.True(later.Length < 40_000);
        Assert.DoesNotContain("cdn.plot.ly", later, StringComparison.Ordinal);
        Assert.DoesNotContain("require", later, StringComparison.Ordinal);
        foreach (var html in new[] { first, later })
        {
            Assert.DoesNotMatch("<script[^>]+src=", html);
            Assert.DoesNotContain("</script><b>", html, StringComparison.Ordinal);
            Assert.Contains("class=\"virtlab-chart-fallback\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Summary_Names_The_Title_Axes_And_Each_Trace()
    {
        var chart = Chart.Bar(["a", "b"], [1, 3], name: "demand", title: "Split").WithAxes("client", "units");

        Assert.Equal("Chart 'Split' (1 trace): x = client, y = units\n  bar 'demand', x: 2 values (a, b), y: 2 values in [1, 3]", ChartFormatter.Summary(chart));
    }

    [Fact]
    public void Formatter_Source_Renders_Html_Figure_Json_And_Text_For_Any_GenericChart()
    {
        var mine = Plotly.NET.CSharp.Chart.Point<double, double, string>(new double[] { 1, 2 }, new double[] { 3, 4 });
        var formatters = new GenericChartFormatterSource().CreateTypeFormatters().Cast<VirtLab.Display.MimeFormatter<Plotly.NET.GenericChart>>().ToList();

        Assert.Equal(ChartFormatter.MimeTypes, formatters.Select(f => f.MimeType));
        var writer = new StringWriter();
        Assert.True(formatters[1].Format(mine, writer));
        Assert.Contains("\"type\":\"scatter\"", writer.ToString(), StringComparison.Ordinal);
        Assert.False(formatters[0].Format("not a chart", new StringWriter()));
    }

    [Fact]
    public void The_Embedded_Plotly_Is_The_Version_Plotly_NET_Names()
    {
        Assert.Equal("2.28.0", PlotlyJs.Version);
        Assert.StartsWith("/**\n* plotly.js v2.28.0", PlotlyJs.Script, StringComparison.Ordinal);
    }
}
