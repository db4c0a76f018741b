using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace VirtLab.Charts;

/// <summary>
/// Shorthands for the layout changes the course's cells make most, on any Plotly.NET <see cref="GenericChart"/>.
/// Each returns a new chart and leaves the one it was called on unchanged.
/// </summary>
/// <remarks>The names differ from Plotly.NET's own extension methods (<c>WithXAxisStyle</c>, <c>WithSize</c>,
/// <c>WithLegend</c>, …) so both can be imported in one cell.</remarks>
public static class ChartExtensions
{
    /// <summary>Sets the chart title.</summary>
    public static GenericChart WithTitle(this GenericChart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return LayoutPatch.With(chart, layout => layout.SetProperty("title", LayoutPatch.Title(title)));
    }

    /// <summary>Sets the axis titles (with units, e.g. <c>time (ms)</c>); null leaves an axis untitled.</summary>
    public static GenericChart WithAxes(this GenericChart chart, string? xTitle, string? yTitle)
    {
        if (xTitle is not null)
        {
            chart = LayoutPatch.Axis(chart, "xaxis", axis => axis.SetProperty("title", LayoutPatch.Title(xTitle)));
        }

        if (yTitle is not null)
        {
            chart = LayoutPatch.Axis(chart, "yaxis", axis => axis.SetProperty("title", LayoutPatch.Title(yTitle)));
        }

        return chart;
    }

    /// <summary>Draws <paramref name="other"/>'s traces on the same axes (bars side by side); this chart's title,
    /// axes and size are kept.</summary>
    public static GenericChart Add(this GenericChart chart, GenericChart other)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(other);
        // Chart.Combine merges the layouts into the first one it gets: give it a copy of this chart.
        var combined = PlotlyChart.Combine([LayoutPatch.With(chart, _ => { }), other]);
        return LayoutPatch.With(combined, layout => GenericChart.getLayout(chart).DeepCopyPropertiesTo(layout, Microsoft.FSharp.Core.FSharpOption<bool>.Some(true), Microsoft.FSharp.Core.FSharpOption<bool>.Some(false)));
    }

    /// <summary>Stacks the bars of all traces on each category (plotly <c>barmode = "stack"</c>).</summary>
    public static GenericChart Stacked(this GenericChart chart) =>
        LayoutPatch.With(chart, layout => layout.SetProperty("barmode", "stack"));

    /// <summary>Adds a text note at a data point.</summary>
    /// <exception cref="ArgumentException">x or y is not finite, or the text is empty.</exception>
    public static GenericChart Annotate(this GenericChart chart, double x, double y, string text, bool showArrow = true)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (!double.IsFinite(x))
        {
            throw new ArgumentException($"x is {x}; an annotation needs a finite position.", nameof(x));
        }

        if (!double.IsFinite(y))
        {
            throw new ArgumentException($"y is {y}; an annotation needs a finite position.", nameof(y));
        }

        ArgumentException.ThrowIfNullOrEmpty(text);
        var existing = GenericChart.getLayout(chart).TryGetPropertyValue("annotations");
        var annotations = existing is not null && existing.Value is System.Collections.IEnumerable list ? list.Cast<object>().ToList() : [];
        var note = new Plotly.NET.LayoutObjects.Annotation();
        note.SetProperty("x", x);
        note.SetProperty("y", y);
        note.SetProperty("text", text);
        note.SetProperty("showarrow", showArrow);
        annotations.Add(note);
        return LayoutPatch.With(chart, layout => layout.SetProperty("annotations", annotations));
    }

    /// <summary>Fixes the y axis range (linear axis).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are not finite with min &lt; max.</exception>
    public static GenericChart WithYRange(this GenericChart chart, double min, double max) => Range(chart, "yaxis", min, max);

    /// <summary>Fixes the x axis range (linear axis).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are not finite with min &lt; max.</exception>
    public static GenericChart WithXRange(this GenericChart chart, double min, double max) => Range(chart, "xaxis", min, max);

    /// <summary>A logarithmic y axis.</summary>
    public static GenericChart WithLogY(this GenericChart chart) =>
        LayoutPatch.Axis(chart, "yaxis", axis => axis.SetProperty("type", "log"));

    /// <summary>Sets the chart height in pixels. Range: 100–2000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 100–2000.</exception>
    public static GenericChart WithHeight(this GenericChart chart, int pixels)
    {
        if (pixels is < 100 or > 2000)
        {
            throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "The height must be between 100 and 2000 pixels.");
        }

        return LayoutPatch.With(chart, layout => layout.SetProperty("height", pixels));
    }

    /// <summary>Orders the categories of a category axis (plotly <c>categoryarray</c>); null leaves an axis as it is.</summary>
    public static GenericChart WithCategoryOrder(this GenericChart chart, IEnumerable<string>? x = null, IEnumerable<string>? y = null)
    {
        if (x is not null)
        {
            var order = x.ToArray();
            chart = LayoutPatch.Axis(chart, "xaxis", axis => { axis.SetProperty("categoryorder", "array"); axis.SetProperty("categoryarray", order); });
        }

        if (y is not null)
        {
            var order = y.ToArray();
            chart = LayoutPatch.Axis(chart, "yaxis", axis => { axis.SetProperty("categoryorder", "array"); axis.SetProperty("categoryarray", order); });
        }

        return chart;
    }

    /// <summary>Draws the y axis reversed (first category at the top).</summary>
    public static GenericChart WithReversedY(this GenericChart chart) =>
        LayoutPatch.Axis(chart, "yaxis", axis => axis.SetProperty("autorange", "reversed"));

    /// <summary>Hides the legend.</summary>
    public static GenericChart HideLegend(this GenericChart chart) =>
        LayoutPatch.With(chart, layout => layout.SetProperty("showlegend", false));

    private static GenericChart Range(GenericChart chart, string axisName, double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min >= max)
        {
            throw new ArgumentOutOfRangeException(nameof(min), (min, max), "The range must be finite with min < max.");
        }

        return LayoutPatch.Axis(chart, axisName, axis => axis.SetProperty("range", new[] { min, max }));
    }
}
