using System.Text.Json;

namespace VirtLab.Charts;

/// <summary>A heatmap: a colour per (row, column) cell, e.g. utilisation per host and time slot.</summary>
public sealed class HeatmapTrace : Trace
{
    private readonly double[][] _z;

    /// <summary>Creates a heatmap.</summary>
    /// <param name="z">Values by row then column (finite, all rows equally long).</param>
    /// <param name="columns">Column labels (x), one per column.</param>
    /// <param name="rows">Row labels (y), one per row.</param>
    /// <exception cref="ArgumentException">A value is not finite, rows differ in length, or the labels do not match.</exception>
    public HeatmapTrace(IEnumerable<IEnumerable<double>> z, IEnumerable<string> columns, IEnumerable<string> rows)
    {
        ArgumentNullException.ThrowIfNull(z);
        _z = z.Select(row => Finite(row, nameof(z))).ToArray();
        Columns = Labels(columns, nameof(columns));
        Rows = Labels(rows, nameof(rows));
        SameLength(_z.Length, Rows.Count, nameof(rows));
        foreach (var row in _z)
        {
            SameLength(Columns.Count, row.Length, nameof(z));
        }
    }

    /// <summary>Values by row then column.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Z => _z;

    /// <summary>Column labels.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Row labels.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>A plotly colour scale name (<c>Viridis</c>, <c>Blues</c>, <c>RdBu</c>, …). Default <c>Viridis</c>.</summary>
    public string ColorScale { get; set; } = "Viridis";

    /// <summary>Write each value in its cell.</summary>
    public bool ShowValues { get; set; }

    /// <inheritdoc />
    public override string Type => "heatmap";

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("z");
        foreach (var row in _z)
        {
            writer.WriteStartArray();
            foreach (var value in row)
            {
                writer.WriteNumberValue(value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        WriteArray(writer, "x", Columns);
        WriteArray(writer, "y", Rows);
        writer.WriteString("colorscale", ColorScale);
        if (ShowValues)
        {
            writer.WriteString("texttemplate", "%{z}");
        }
    }
}
