using System.Text.Json;

namespace VirtLab.Charts;

/// <summary>A histogram of raw values; plotly.js does the binning.</summary>
public sealed class HistogramTrace : Trace
{
    private int? _binCount;

    /// <summary>Creates a histogram.</summary>
    /// <param name="values">The samples (finite).</param>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public HistogramTrace(IEnumerable<double> values)
    {
        Values = Finite(values, nameof(values));
    }

    /// <summary>The samples.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Largest number of bins (plotly <c>nbinsx</c>); default: plotly chooses.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not at least 1.</exception>
    public int? BinCount
    {
        get => _binCount;
        set
        {
            if (value is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "BinCount must be at least 1.");
            }

            _binCount = value;
        }
    }

    /// <summary>Show probability density instead of counts (plotly <c>histnorm = "probability density"</c>).</summary>
    public bool Density { get; set; }

    /// <inheritdoc />
    public override string Type => "histogram";

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        WriteArray(writer, "x", Values);
        if (BinCount is { } bins)
        {
            writer.WriteNumber("nbinsx", bins);
        }

        if (Density)
        {
            writer.WriteString("histnorm", "probability density");
        }

        WriteMarkerColor(writer);
    }
}
