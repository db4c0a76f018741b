using System.Text.Json;

namespace VirtLab.Charts;

/// <summary>A line or scatter series: y over x.</summary>
public sealed class ScatterTrace : Trace
{
    /// <summary>Creates a series.</summary>
    /// <param name="x">x values (finite).</param>
    /// <param name="y">y values (finite), one per x.</param>
    /// <exception cref="ArgumentException">A value is NaN or infinite, or the lengths differ.</exception>
    public ScatterTrace(IEnumerable<double> x, IEnumerable<double> y)
    {
        X = Finite(x, nameof(x));
        Y = Finite(y, nameof(y));
        SameLength(X.Count, Y.Count, nameof(y));
    }

    /// <summary>x values.</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>y values.</summary>
    public IReadOnlyList<double> Y { get; }

    /// <summary>Lines, markers or both. Default: lines.</summary>
    public ScatterMode Mode { get; set; } = ScatterMode.Lines;

    /// <summary>Draw a step function (horizontal then vertical, plotly <c>line.shape = "hv"</c>), e.g. CPU shares over time.</summary>
    public bool Step { get; set; }

    /// <summary>Dashed line.</summary>
    public bool Dashed { get; set; }

    /// <inheritdoc />
    public override string Type => "scatter";

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("mode", Mode switch
        {
            ScatterMode.Markers => "markers",
            ScatterMode.LinesAndMarkers => "lines+markers",
            _ => "lines",
        });
        WriteArray(writer, "x", X);
        WriteArray(writer, "y", Y);
        if (Step || Dashed || (Color is not null && Mode != ScatterMode.Markers))
        {
            writer.WriteStartObject("line");
            if (Color is not null)
            {
                writer.WriteString("color", Color);
            }

            if (Dashed)
            {
                writer.WriteString("dash", "dash");
            }

            if (Step)
            {
                writer.WriteString("shape", "hv");
            }

            writer.WriteEndObject();
        }

        WriteMarkerColor(writer);
    }
}
