using System.Text.Json;

namespace VirtLab.Charts;

/// <summary>
/// Bars: one value per category. Several bar traces in one figure are grouped or stacked (<see cref="Figure.BarMode"/>);
/// horizontal bars with a <see cref="Base"/> make a Gantt chart (see <see cref="Chart.Gantt"/>).
/// </summary>
public sealed class BarTrace : Trace
{
    /// <summary>Creates bars.</summary>
    /// <param name="categories">Category labels (x for vertical bars, y for horizontal ones).</param>
    /// <param name="values">Bar lengths (finite), one per category.</param>
    /// <exception cref="ArgumentException">A value is NaN or infinite, or the lengths differ.</exception>
    public BarTrace(IEnumerable<string> categories, IEnumerable<double> values)
    {
        Categories = Labels(categories, nameof(categories));
        Values = Finite(values, nameof(values));
        SameLength(Categories.Count, Values.Count, nameof(values));
    }

    /// <summary>Category labels.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Bar lengths.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Horizontal bars (categories on the y axis).</summary>
    public bool Horizontal { get; set; }

    /// <summary>Where each bar starts (plotly <c>base</c>); default 0. One per category.</summary>
    public IReadOnlyList<double>? Base { get; private set; }

    /// <summary>Text drawn on each bar (plotly <c>text</c>), one per category.</summary>
    public IReadOnlyList<string>? Texts { get; private set; }

    /// <inheritdoc />
    public override string Type => "bar";

    /// <summary>Sets where each bar starts (for Gantt charts and waterfall-like plots).</summary>
    /// <param name="starts">One finite start per category.</param>
    /// <returns>This trace.</returns>
    public BarTrace WithBase(IEnumerable<double> starts)
    {
        var array = Finite(starts, nameof(starts));
        SameLength(Categories.Count, array.Length, nameof(starts));
        Base = array;
        return this;
    }

    /// <summary>Sets the text drawn on each bar.</summary>
    /// <param name="texts">One text per category.</param>
    /// <returns>This trace.</returns>
    public BarTrace WithText(IEnumerable<string> texts)
    {
        var array = Labels(texts, nameof(texts));
        SameLength(Categories.Count, array.Length, nameof(texts));
        Texts = array;
        return this;
    }

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        if (Horizontal)
        {
            writer.WriteString("orientation", "h");
            WriteArray(writer, "x", Values);
            WriteArray(writer, "y", Categories);
        }
        else
        {
            WriteArray(writer, "x", Categories);
            WriteArray(writer, "y", Values);
        }

        if (Base is not null)
        {
            WriteArray(writer, "base", Base);
        }

        if (Texts is not null)
        {
            WriteArray(writer, "text", Texts);
            writer.WriteString("textposition", "auto");
        }

        WriteMarkerColor(writer);
    }
}
