namespace VirtLab.Charts;

/// <summary>How a <see cref="ScatterTrace"/> draws its points.</summary>
public enum ScatterMode
{
    /// <summary>Connected by lines (plotly <c>lines</c>).</summary>
    Lines,

    /// <summary>Points only (plotly <c>markers</c>).</summary>
    Markers,

    /// <summary>Points connected by lines (plotly <c>lines+markers</c>).</summary>
    LinesAndMarkers,
}
