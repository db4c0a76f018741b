using System.Text.Json;

namespace VirtLab.Charts;

/// <summary>One data series of a <see cref="Figure"/> (a plotly.js trace).</summary>
/// <remarks>Schema: https://plotly.com/javascript/reference/ (plotly.js 4).</remarks>
public abstract class Trace
{
    private protected Trace()
    {
    }

    /// <summary>The name shown in the legend and on hover.</summary>
    public string? Name { get; set; }

    /// <summary>Marker/line/bar colour (any CSS colour, e.g. <c>#1f77b4</c>); default: plotly's palette.</summary>
    public string? Color { get; set; }

    /// <summary>The plotly.js trace type (<c>scatter</c>, <c>bar</c>, …).</summary>
    public abstract string Type { get; }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        if (Name is not null)
        {
            writer.WriteString("name", Name);
        }

        WriteProperties(writer);
        writer.WriteEndObject();
    }

    private protected abstract void WriteProperties(Utf8JsonWriter writer);

    private protected static double[] Finite(IEnumerable<double> values, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        var array = values.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (!double.IsFinite(array[i]))
            {
                throw new ArgumentException($"Value {i} is {array[i]}; chart values must be finite numbers.", parameterName);
            }
        }

        return array;
    }

    private protected static string[] Labels(IEnumerable<string> values, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        var array = values.ToArray();
        if (array.Any(v => v is null))
        {
            throw new ArgumentException("Labels must not be null.", parameterName);
        }

        return array;
    }

    private protected static void SameLength(int expected, int actual, string parameterName)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"Has {actual} values but there are {expected} positions; they must match.", parameterName);
        }
    }

    private protected static void WriteArray(Utf8JsonWriter writer, string name, IEnumerable<double> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    private protected static void WriteArray(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private protected void WriteMarkerColor(Utf8JsonWriter writer)
    {
        if (Color is not null)
        {
            writer.WriteStartObject("marker");
            writer.WriteString("color", Color);
            writer.WriteEndObject();
        }
    }
}
