namespace VirtLab.Charts;

/// <summary>How several bar traces share a category (plotly <c>layout.barmode</c>).</summary>
public enum BarMode
{
    /// <summary>Side by side.</summary>
    Group,

    /// <summary>On top of each other.</summary>
    Stack,

    /// <summary>Drawn over each other (use with transparency or a base).</summary>
    Overlay,
}
