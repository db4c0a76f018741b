using System.Text.Json;

namespace VirtLab.Charts;

/// <summary>A box plot of samples (median, quartiles, whiskers; plotly computes them).</summary>
public sealed class BoxTrace : Trace
{
    /// <summary>Creates a box.</summary>
    /// <param name="values">The samples (finite).</param>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public BoxTrace(IEnumerable<double> values)
    {
        Values = Finite(values, nameof(values));
    }

    /// <summary>The samples.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Also mark the mean (plotly <c>boxmean</c>).</summary>
    public bool ShowMean { get; set; }

    /// <summary>Draw every sample beside the box (plotly <c>boxpoints = "all"</c>).</summary>
    public bool ShowPoints { get; set; }

    /// <inheritdoc />
    public override string Type => "box";

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        WriteArray(writer, "y", Values);
        if (ShowMean)
        {
            writer.WriteBoolean("boxmean", true);
        }

        if (ShowPoints)
        {
            writer.WriteString("boxpoints", "all");
        }

        WriteMarkerColor(writer);
    }
}
