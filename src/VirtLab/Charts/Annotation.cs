namespace VirtLab.Charts;

/// <summary>A text note at a data point (plotly <c>layout.annotations</c>).</summary>
/// <param name="X">x position in data units (for a category axis: the category's index, 0-based).</param>
/// <param name="Y">y position in data units.</param>
/// <param name="Text">The note.</param>
/// <param name="ShowArrow">Draw an arrow from the text to the point.</param>
public sealed record Annotation(double X, double Y, string Text, bool ShowArrow = true);
