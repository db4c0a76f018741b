namespace VirtLab.Charts;

/// <summary>
/// One-line charts for notebook cells. Each returns a <see cref="Figure"/> you can add traces to, title and annotate.
/// </summary>
/// <example>
/// <code>
/// var fig = Chart.Line(new double[] { 0, 1, 2 }, new double[] { 0.5, 0.7, 0.6 }, name: "VM 1")
///     .Add(new ScatterTrace(new double[] { 0, 1, 2 }, new double[] { 0.5, 0.3, 0.4 }) { Name = "VM 2" })
///     .WithAxes("time (s)", "CPU share");
/// fig.Title = "Proportional share";
/// fig
/// </code>
/// </example>
public static class Chart
{
    /// <summary>A line chart of y over x.</summary>
    public static Figure Line(IEnumerable<double> x, IEnumerable<double> y, string? name = null, string? title = null) =>
        new Figure(title).Add(new ScatterTrace(x, y) { Name = name, Mode = ScatterMode.Lines });

    /// <summary>A scatter plot (points) of y over x.</summary>
    public static Figure Scatter(IEnumerable<double> x, IEnumerable<double> y, string? name = null, string? title = null) =>
        new Figure(title).Add(new ScatterTrace(x, y) { Name = name, Mode = ScatterMode.Markers });

    /// <summary>A bar chart: one bar per category.</summary>
    public static Figure Bar(IEnumerable<string> categories, IEnumerable<double> values, string? name = null, string? title = null) =>
        new Figure(title).Add(new BarTrace(categories, values) { Name = name });

    /// <summary>A histogram of samples.</summary>
    public static Figure Histogram(IEnumerable<double> values, int? binCount = null, string? title = null) =>
        new Figure(title).Add(new HistogramTrace(values) { BinCount = binCount });

    /// <summary>A box plot of samples.</summary>
    public static Figure Box(IEnumerable<double> values, string? name = null, string? title = null) =>
        new Figure(title).Add(new BoxTrace(values) { Name = name });

    /// <summary>A heatmap of values by row and column.</summary>
    public static Figure Heatmap(IEnumerable<IEnumerable<double>> z, IEnumerable<string> columns, IEnumerable<string> rows, string? title = null) =>
        new Figure(title).Add(new HeatmapTrace(z, columns, rows));

    /// <summary>
    /// A Gantt chart (e.g. a CPU schedule): one horizontal bar per task from start to finish, rows top to bottom in
    /// first-seen order, one legend entry and colour per group.
    /// </summary>
    /// <exception cref="ArgumentException">A task has Finish &lt; Start or a non-finite time.</exception>
    public static Figure Gantt(IEnumerable<GanttTask> tasks, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var list = tasks.ToList();
        foreach (var task in list)
        {
            if (!double.IsFinite(task.Start) || !double.IsFinite(task.Finish) || task.Finish < task.Start)
            {
                throw new ArgumentException($"Task on row '{task.Row}' runs from {task.Start} to {task.Finish}; times must be finite with Finish >= Start.", nameof(tasks));
            }
        }

        var figure = new Figure(title) { BarMode = BarMode.Overlay };
        foreach (var group in list.GroupBy(t => t.Group ?? t.Row))
        {
            var bar = new BarTrace(group.Select(t => t.Row), group.Select(t => t.Finish - t.Start)) { Name = group.Key, Horizontal = true }
                .WithBase(group.Select(t => t.Start));
            figure.Add(bar);
        }

        // Rows top to bottom in the order they first appear (plotly draws category axes bottom-up).
        figure.YAxis.CategoryOrder = list.Select(t => t.Row).Distinct().ToList();
        figure.YAxis.Reversed = true;
        return figure;
    }
}
