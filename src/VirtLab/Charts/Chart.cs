using System.Globalization;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace VirtLab.Charts;

/// <summary>
/// One-line charts for notebook cells, built with Plotly.NET: each returns a Plotly.NET <see cref="GenericChart"/>
/// with the course's defaults (a title, 420 px high) after checking that every value is a finite number.
/// </summary>
/// <remarks>
/// The course adds only what Plotly.NET lacks: <see cref="Gantt"/> timelines (horizontal bars with a base), the
/// finite-value checks, the defaults and the <see cref="ChartExtensions"/> shorthands (<c>WithAxes</c>, <c>Add</c>,
/// <c>Stacked</c>, …). Anything else is plain Plotly.NET: a chart made with <c>Plotly.NET.CSharp.Chart</c> renders in
/// the notebook exactly like these (see <see cref="ChartFormatter"/>).
/// </remarks>
/// <example>
/// <code>
/// Chart.Line([0, 1, 2], [0.5, 0.7, 0.6], name: "VM 1", title: "Proportional share")
///     .Add(Chart.Line([0, 1, 2], [0.5, 0.3, 0.4], name: "VM 2"))
///     .WithAxes("time (s)", "CPU share")
/// </code>
/// </example>
public static class Chart
{
    /// <summary>The height in pixels of a course chart unless <see cref="ChartExtensions.WithHeight"/> changes it.</summary>
    public const int DefaultHeight = 420;

    /// <summary>A line chart of y over x.</summary>
    /// <param name="x">The x values (finite).</param>
    /// <param name="y">One y value (finite) per x.</param>
    /// <param name="name">The legend entry.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="dashed">Draw a dashed line (a threshold, a model).</param>
    /// <param name="markers">Also mark each point.</param>
    /// <exception cref="ArgumentException">A value is not finite, or x and y differ in length.</exception>
    public static GenericChart Line(IEnumerable<double> x, IEnumerable<double> y, string? name = null, string? title = null, bool dashed = false, bool markers = false)
    {
        var (xs, ys) = ChartValues.Pairs(x, y);
        var chart = PlotlyChart.Line<double, double, string>(xs, ys, ShowMarkers: markers, Name: name ?? string.Empty, ShowLegend: name is not null,
            LineDash: dashed ? StyleParam.DrawingStyle.Dash : StyleParam.DrawingStyle.Solid);
        return Defaults(chart, title);
    }

    /// <summary>A scatter plot (points) of y over x.</summary>
    /// <param name="x">The x values (finite).</param>
    /// <param name="y">One y value (finite) per x.</param>
    /// <param name="name">The legend entry.</param>
    /// <param name="title">The chart title.</param>
    /// <exception cref="ArgumentException">A value is not finite, or x and y differ in length.</exception>
    public static GenericChart Scatter(IEnumerable<double> x, IEnumerable<double> y, string? name = null, string? title = null)
    {
        var (xs, ys) = ChartValues.Pairs(x, y);
        var chart = PlotlyChart.Point<double, double, string>(xs, ys, Name: name ?? string.Empty, ShowLegend: name is not null);
        return Defaults(chart, title);
    }

    /// <summary>A bar chart: one vertical bar per category. Combine several with <see cref="ChartExtensions.Add"/>
    /// (grouped) or <see cref="ChartExtensions.Stacked"/>.</summary>
    /// <param name="categories">The categories, left to right.</param>
    /// <param name="values">One finite value per category.</param>
    /// <param name="name">The legend entry.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="text">Text written on each bar; default none.</param>
    /// <exception cref="ArgumentException">A value is not finite, or the lengths differ.</exception>
    public static GenericChart Bar(IEnumerable<string> categories, IEnumerable<double> values, string? name = null, string? title = null, IEnumerable<string>? text = null)
    {
        var (keys, numbers) = ChartValues.Categorical(categories, values);
        var labels = text?.ToArray();
        if (labels is not null && labels.Length != keys.Length)
        {
            throw new ArgumentException($"text has {labels.Length} entries but there are {keys.Length} bars.", nameof(text));
        }

        var chart = labels is null
            ? PlotlyChart.Column<double, string, string>(numbers, Keys: keys, Name: name ?? string.Empty, ShowLegend: name is not null)
            : PlotlyChart.Column<double, string, string>(numbers, Keys: keys, Name: name ?? string.Empty, ShowLegend: name is not null, MultiText: labels,
                TextPosition: StyleParam.TextPosition.Auto);
        return Defaults(chart, title);
    }

    /// <summary>A histogram of samples.</summary>
    /// <param name="values">The samples (finite).</param>
    /// <param name="binCount">The largest number of bins plotly may use; default: plotly decides.</param>
    /// <param name="title">The chart title.</param>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="binCount"/> is below 1.</exception>
    public static GenericChart Histogram(IEnumerable<double> values, int? binCount = null, string? title = null)
    {
        var samples = ChartValues.Finite(values, nameof(values));
        if (binCount is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(binCount), binCount, "binCount must be at least 1.");
        }

        var chart = binCount is { } n
            ? PlotlyChart.Histogram<double, double, string>(X: samples, NBinsX: n)
            : PlotlyChart.Histogram<double, double, string>(X: samples);
        return Defaults(chart, title);
    }

    /// <summary>A box plot of samples.</summary>
    /// <param name="values">The samples (finite).</param>
    /// <param name="name">The box's label.</param>
    /// <param name="title">The chart title.</param>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static GenericChart Box(IEnumerable<double> values, string? name = null, string? title = null)
    {
        var samples = ChartValues.Finite(values, nameof(values));
        var chart = PlotlyChart.BoxPlot<string, double, string>(Y: samples, Name: name ?? string.Empty, ShowLegend: name is not null);
        return Defaults(chart, title);
    }

    /// <summary>A heatmap of values by row and column.</summary>
    /// <param name="z">One row of finite values per entry of <paramref name="rows"/>, each with one value per column.</param>
    /// <param name="columns">The column labels (x).</param>
    /// <param name="rows">The row labels (y).</param>
    /// <param name="title">The chart title.</param>
    /// <exception cref="ArgumentException">A value is not finite or the shape does not match the labels.</exception>
    public static GenericChart Heatmap(IEnumerable<IEnumerable<double>> z, IEnumerable<string> columns, IEnumerable<string> rows, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(z);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var columnLabels = columns.ToArray();
        var rowLabels = rows.ToArray();
        var matrix = z.Select((row, i) => ChartValues.Finite(row, string.Create(CultureInfo.InvariantCulture, $"z[{i}]"))).ToArray();
        if (matrix.Length != rowLabels.Length || matrix.Any(r => r.Length != columnLabels.Length))
        {
            throw new ArgumentException($"z must have {rowLabels.Length} rows (one per row label) of {columnLabels.Length} values (one per column label).", nameof(z));
        }

        var chart = PlotlyChart.Heatmap<double, string, string, string>(matrix.Select(r => (IEnumerable<double>)r), X: columnLabels, Y: rowLabels);
        return Defaults(chart, title);
    }

    /// <summary>
    /// A Gantt chart (e.g. a CPU schedule): one horizontal bar per task from start to finish, rows top to bottom in
    /// first-seen order, one legend entry and colour per group. Plotly.NET has no Gantt chart: it is horizontal bars
    /// whose <c>base</c> is the start.
    /// </summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="title">The chart title.</param>
    /// <exception cref="ArgumentException">A task has Finish &lt; Start or a non-finite time.</exception>
    public static GenericChart Gantt(IEnumerable<GanttTask> tasks, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var list = tasks.ToList();
        foreach (var task in list)
        {
            if (task is null || !double.IsFinite(task.Start) || !double.IsFinite(task.Finish) || task.Finish < task.Start)
            {
                throw new ArgumentException($"Task on row '{task?.Row}' runs from {task?.Start} to {task?.Finish}; times must be finite with Finish >= Start.", nameof(tasks));
            }
        }

        var bars = list.GroupBy(t => t.Group ?? t.Row).Select(group =>
        {
            var items = group.ToArray();
            var durations = items.Select(t => t.Finish - t.Start).ToArray();
            var rows = items.Select(t => t.Row).ToArray();
            var bar = items.Any(t => t.Text is not null)
                ? PlotlyChart.Bar<double, string, string>(durations, Keys: rows, Name: group.Key, MultiText: items.Select(t => t.Text ?? string.Empty).ToArray(),
                    TextPosition: StyleParam.TextPosition.Auto)
                : PlotlyChart.Bar<double, string, string>(durations, Keys: rows, Name: group.Key);
            var starts = items.Select(t => t.Start).ToArray();
            return LayoutPatch.TracesOfNewChart(bar, trace => trace.SetProperty("base", starts));
        }).ToList();

        var chart = bars.Count == 0 ? PlotlyChart.Combine([]) : PlotlyChart.Combine(bars);
        chart = LayoutPatch.With(chart, layout => layout.SetProperty("barmode", "overlay"));

        // Rows top to bottom in the order they first appear (plotly draws category axes bottom-up).
        var order = list.Select(t => t.Row).Distinct().ToArray();
        chart = chart.WithCategoryOrder(y: order).WithReversedY();
        return Defaults(chart, title);
    }

    /// <summary>Overlays charts on one set of axes (Plotly.NET <c>Chart.Combine</c>); the first chart's title and
    /// layout win.</summary>
    /// <param name="charts">The charts, drawn in order.</param>
    public static GenericChart Combine(params GenericChart[] charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        return PlotlyChart.Combine(charts);
    }

    private static GenericChart Defaults(GenericChart chart, string? title) =>
        LayoutPatch.With(chart, layout =>
        {
            layout.SetProperty("height", DefaultHeight);
            if (title is not null)
            {
                layout.SetProperty("title", LayoutPatch.Title(title));
            }
        });
}
