using DynamicObj;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace VirtLab.Charts;

/// <summary>Small layout and trace changes applied the Plotly.NET way: a new layout object merged into the chart's own
/// (<c>Layout.combine</c> on a copy, then <c>GenericChart.setLayout</c>), so the chart passed in is never changed, or
/// a trace property set on a chart just created (<c>GenericChart.mapTrace</c>).</summary>
internal static class LayoutPatch
{
    /// <summary>Merges layout properties (plotly.js names) into the chart's layout.</summary>
    public static GenericChart With(GenericChart chart, Action<Layout> set)
    {
        ArgumentNullException.ThrowIfNull(chart);

        // Layout.combine merges into its first argument: merge into a deep copy so the caller's chart stays as it was.
        var copy = new Layout();
        GenericChart.getLayout(chart).DeepCopyPropertiesTo(copy, FSharpOption<bool>.Some(true), FSharpOption<bool>.Some(false));
        var patch = new Layout();
        set(patch);
        return GenericChart.setLayout(Layout.combine(copy, patch), chart);
    }

    /// <summary>Merges properties of the x axis (<paramref name="axisName"/> <c>xaxis</c>) or y axis (<c>yaxis</c>).</summary>
    public static GenericChart Axis(GenericChart chart, string axisName, Action<LinearAxis> set) =>
        With(chart, layout =>
        {
            var axis = new LinearAxis();
            set(axis);
            layout.SetProperty(axisName, axis);
        });

    /// <summary>A plotly title object.</summary>
    public static Title Title(string text)
    {
        var title = new Title();
        title.SetProperty("text", text);
        return title;
    }

    /// <summary>Sets properties (plotly.js names) on every trace of a chart this library has just created (the
    /// traces are changed in place, so never call it on a caller's chart).</summary>
    public static GenericChart TracesOfNewChart(GenericChart chart, Action<Trace> set) =>
        GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
        {
            set(trace);
            return trace;
        }), chart);
}
