using System.Text.Json;

namespace VirtLab.Charts;

/// <summary>An axis of a <see cref="Figure"/>: title, scale and range.</summary>
public sealed class Axis
{
    private (double Min, double Max)? _range;

    /// <summary>The axis title, with units, e.g. <c>time (ms)</c>.</summary>
    public string? Title { get; set; }

    /// <summary>Logarithmic scale.</summary>
    public bool Log { get; set; }

    /// <summary>Fixed range (for a log axis, give the values themselves; they are converted to plotly's log10 units).</summary>
    public (double Min, double Max)? Range
    {
        get => _range;
        set
        {
            if (value is { } r && (!double.IsFinite(r.Min) || !double.IsFinite(r.Max) || r.Min >= r.Max))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Range must be finite with Min < Max.");
            }

            _range = value;
        }
    }

    /// <summary>Order of the categories on a category axis (plotly <c>categoryarray</c>); default: first-seen order.</summary>
    public IReadOnlyList<string>? CategoryOrder { get; set; }

    /// <summary>Draw the axis reversed (plotly <c>autorange = "reversed"</c>), e.g. first row at the top.</summary>
    public bool Reversed { get; set; }

    internal bool IsEmpty => Title is null && !Log && Range is null && CategoryOrder is null && !Reversed;

    internal void Write(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        if (Title is not null)
        {
            writer.WriteStartObject("title");
            writer.WriteString("text", Title);
            writer.WriteEndObject();
        }

        if (Log)
        {
            writer.WriteString("type", "log");
        }

        if (Range is { } range)
        {
            if (Log && (range.Min <= 0 || range.Max <= 0))
            {
                throw new InvalidOperationException("A log axis range must be positive.");
            }

            writer.WriteStartArray("range");
            writer.WriteNumberValue(Log ? Math.Log10(range.Min) : range.Min);
            writer.WriteNumberValue(Log ? Math.Log10(range.Max) : range.Max);
            writer.WriteEndArray();
        }

        if (CategoryOrder is not null)
        {
            writer.WriteString("categoryorder", "array");
            writer.WriteStartArray("categoryarray");
            foreach (var category in CategoryOrder)
            {
                writer.WriteStringValue(category);
            }

            writer.WriteEndArray();
        }

        if (Reversed)
        {
            writer.WriteString("autorange", "reversed");
        }

        writer.WriteEndObject();
    }
}
