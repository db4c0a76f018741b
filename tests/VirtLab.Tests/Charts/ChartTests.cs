using VirtLab.Charts;
using static VirtLab.Tests.Charts.FigureJson;

namespace VirtLab.Tests.Charts;

public sealed class ChartTests
{
    public sealed class TheLineMethod
    {
        [Fact]
        public void Should_Build_A_Plotly_Scatter_Trace_With_The_Course_Defaults()
        {
            var chart = Chart.Line([0, 1, 2], [0.5, 0.75, 0.5], name: "VM 1", title: "CPU share", dashed: true)
                .WithAxes("time (s)", "share");

            var trace = Traces(chart).Single()!;
            Assert.Equal("scatter", trace["type"]!.GetValue<string>());
            Assert.Equal("lines", trace["mode"]!.GetValue<string>());
            Assert.Equal("VM 1", trace["name"]!.GetValue<string>());
            Assert.Equal("dash", trace["line"]!["dash"]!.GetValue<string>());
            Assert.Equal([0.5, 0.75, 0.5], Numbers(trace["y"]));
            var layout = Layout(chart);
            Assert.Equal("CPU share", layout["title"]!["text"]!.GetValue<string>());
            Assert.Equal("time (s)", layout["xaxis"]!["title"]!["text"]!.GetValue<string>());
            Assert.Equal("share", layout["yaxis"]!["title"]!["text"]!.GetValue<string>());
            Assert.Equal(Chart.DefaultHeight, layout["height"]!.GetValue<int>());
        }

        [Fact]
        public void Should_Refuse_Values_Plotly_Would_Silently_Drop()
        {
            Assert.Equal("y", Assert.Throws<ArgumentException>(() => Chart.Line([0, 1], [1, double.NaN])).ParamName);
            Assert.Equal("x", Assert.Throws<ArgumentException>(() => Chart.Scatter([double.PositiveInfinity], [1])).ParamName);
            Assert.Equal("y", Assert.Throws<ArgumentException>(() => Chart.Line([0, 1], [1])).ParamName);
        }
    }

    public sealed class TheBarMethod
    {
        [Fact]
        public void Should_Group_Added_Bars_And_Stack_On_Request()
        {
            var grouped = Chart.Bar(["A", "B"], [2, 2.6], name: "allocation", title: "Max-min")
                .Add(Chart.Bar(["A", "B"], [2, 4], name: "demand", text: ["2", "4"]));
            var stacked = grouped.Stacked();

            Assert.Equal(2, Traces(grouped).Count);
            Assert.Equal(["A", "B"], Strings(Traces(grouped)[0]!["x"]));
            Assert.Equal([2, 4], Numbers(Traces(grouped)[1]!["y"]));
            Assert.Equal(["2", "4"], Strings(Traces(grouped)[1]!["text"]));
            Assert.Equal("Max-min", Layout(grouped)["title"]!["text"]!.GetValue<string>());
            Assert.Null(Layout(grouped)["barmode"]);
            Assert.Equal("stack", Layout(stacked)["barmode"]!.GetValue<string>());
        }

        [Fact]
        public void Should_Refuse_Mismatched_Lengths()
        {
            Assert.Equal("values", Assert.Throws<ArgumentException>(() => Chart.Bar(["a", "b"], [1])).ParamName);
            Assert.Equal("text", Assert.Throws<ArgumentException>(() => Chart.Bar(["a"], [1], text: ["x", "y"])).ParamName);
        }
    }

    public sealed class TheGanttMethod
    {
        [Fact]
        public void Should_Draw_Horizontal_Bars_From_Start_With_Rows_In_First_Seen_Order()
        {
            var chart = Chart.Gantt(
                [new GanttTask("CPU 0", 0, 3, "A"), new GanttTask("CPU 1", 0, 2, "B"), new GanttTask("CPU 0", 3, 5, "B", "late")],
                title: "Round robin");

            var data = Traces(chart);
            Assert.Equal(["A", "B"], data.Select(t => t!["name"]!.GetValue<string>()));
            Assert.Equal("h", data[1]!["orientation"]!.GetValue<string>());
            Assert.Equal([0, 3], Numbers(data[1]!["base"]));
            Assert.Equal([2, 2], Numbers(data[1]!["x"]));
            Assert.Equal(["", "late"], Strings(data[1]!["text"]));
            var yaxis = Layout(chart)["yaxis"]!;
            Assert.Equal(["CPU 0", "CPU 1"], Strings(yaxis["categoryarray"]));
            Assert.Equal("reversed", yaxis["autorange"]!.GetValue<string>());
            Assert.Equal("overlay", Layout(chart)["barmode"]!.GetValue<string>());
        }

        [Fact]
        public void Should_Refuse_A_Task_That_Ends_Before_It_Starts()
        {
            Assert.Equal("tasks", Assert.Throws<ArgumentException>(() => Chart.Gantt([new GanttTask("cpu", 2, 1)])).ParamName);
        }
    }

    public sealed class TheOtherCharts
    {
        [Fact]
        public void Histogram_Box_And_Heatmap_Are_Plotly_Traces_Of_Their_Kind()
        {
            Assert.Equal("histogram", Traces(Chart.Histogram([1, 2, 2, 3], binCount: 3))[0]!["type"]!.GetValue<string>());
            Assert.Equal(3, Traces(Chart.Histogram([1, 2, 2, 3], binCount: 3))[0]!["nbinsx"]!.GetValue<int>());
            Assert.Equal("box", Traces(Chart.Box([1, 2, 100], name: "latency"))[0]!["type"]!.GetValue<string>());
            var heatmap = Traces(Chart.Heatmap([[0.1, 0.9], [0.5, 0.4]], ["t0", "t1"], ["a", "b"]))[0]!;
            Assert.Equal("heatmap", heatmap["type"]!.GetValue<string>());
            Assert.Equal(["a", "b"], Strings(heatmap["y"]));
            Assert.Equal("z", Assert.Throws<ArgumentException>(() => Chart.Heatmap([[1, 2], [3]], ["a", "b"], ["r1", "r2"])).ParamName);
            Assert.Throws<ArgumentOutOfRangeException>(() => Chart.Histogram([1], binCount: 0));
        }
    }

    public sealed class TheExtensions
    {
        [Fact]
        public void Should_Set_Ranges_Log_Axis_Height_And_Annotations_Without_Changing_The_Original()
        {
            var original = Chart.Line([1, 2], [1, 10], title: "t");

            var changed = original.WithYRange(0, 20).WithLogY().WithHeight(620).Annotate(2, 10, "peak").Annotate(1, 1, "start").HideLegend();

            var layout = Layout(changed);
            Assert.Equal([0, 20], Numbers(layout["yaxis"]!["range"]));
            Assert.Equal("log", layout["yaxis"]!["type"]!.GetValue<string>());
            Assert.Equal(620, layout["height"]!.GetValue<int>());
            Assert.Equal(["peak", "start"], layout["annotations"]!.AsArray().Select(a => a!["text"]!.GetValue<string>()));
            Assert.False(layout["showlegend"]!.GetValue<bool>());
            Assert.Null(Layout(original)["annotations"]);
            Assert.Equal(Chart.DefaultHeight, Layout(original)["height"]!.GetValue<int>());
            Assert.Throws<ArgumentOutOfRangeException>(() => original.WithHeight(50));
            Assert.Throws<ArgumentOutOfRangeException>(() => original.WithYRange(2, 1));
            Assert.Equal("x", Assert.Throws<ArgumentException>(() => original.Annotate(double.NaN, 0, "t")).ParamName);
        }
    }
}
