using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Json;

/// <summary>
/// Writes JSON exactly as Python's <c>json.dumps(obj, indent=1, sort_keys=True, separators=(",", ": "),
/// ensure_ascii=False)</c> does, which is what <c>nbformat.write</c> uses, so that notebooks we save are
/// byte-identical to notebooks saved by Jupyter tooling.
/// </summary>
internal static class PythonJsonWriter
{
    /// <summary>Serializes <paramref name="node"/> (no trailing newline).</summary>
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        WriteNode(builder, node, 0);
        return builder.ToString();
    }

    private static void WriteNode(StringBuilder builder, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                WriteObject(builder, obj, depth);
                break;
            case JsonArray array:
                WriteArray(builder, array, depth);
                break;
            case JsonValue value:
                WriteValue(builder, value);
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append('{');
        var first = true;
        foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(first ? "\n" : ",\n");
            first = false;
            builder.Append(' ', depth + 1);
            WriteString(builder, key);
            builder.Append(": ");
            WriteNode(builder, value, depth + 1);
        }

        builder.Append('\n').Append(' ', depth).Append('}');
    }

    private static void WriteArray(StringBuilder builder, JsonArray array, int depth)
    {
        if (array.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        builder.Append('[');
        for (var i = 0; i < array.Count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n");
            builder.Append(' ', depth + 1);
            WriteNode(builder, array[i], depth + 1);
        }

        builder.Append('\n').Append(' ', depth).Append(']');
    }

    private static void WriteValue(StringBuilder builder, JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    WriteString(builder, element.GetString()!);
                    return;
                case JsonValueKind.True:
                    builder.Append("true");
                    return;
                case JsonValueKind.False:
                    builder.Append("false");
                    return;
                case JsonValueKind.Null:
                    builder.Append("null");
                    return;
                case JsonValueKind.Number:
                    WriteNumberText(builder, element.GetRawText());
                    return;
                default:
                    WriteNode(builder, JsonNode.Parse(element.GetRawText()), 0);
                    return;
            }
        }

        if (value.TryGetValue<string>(out var text))
        {
            WriteString(builder, text);
        }
        else if (value.TryGetValue<bool>(out var flag))
        {
            builder.Append(flag ? "true" : "false");
        }
        else if (value.TryGetValue<int>(out var i))
        {
            builder.Append(i.ToString(CultureInfo.InvariantCulture));
        }
        else if (value.TryGetValue<long>(out var l))
        {
            builder.Append(l.ToString(CultureInfo.InvariantCulture));
        }
        else if (value.TryGetValue<double>(out var d))
        {
            builder.Append(FormatDouble(d));
        }
        else
        {
            // Any other CLR value: let System.Text.Json render it, then re-parse to normalise.
            WriteNode(builder, JsonNode.Parse(value.ToJsonString()), 0);
        }
    }

    private static void WriteNumberText(StringBuilder builder, string raw)
    {
        // Python re-renders numbers it parsed: integers keep their digits, floats use repr().
        if (raw.IndexOfAny(['.', 'e', 'E']) < 0)
        {
            builder.Append(raw);
            return;
        }

        builder.Append(FormatDouble(double.Parse(raw, CultureInfo.InvariantCulture)));
    }

    /// <summary>Formats a double like Python's <c>float.__repr__</c> (shortest round-trip digits).</summary>
    internal static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // "E16" is not shortest; "R" is. Take the shortest digits and exponent from "R" and lay them out as Python does.
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = r.StartsWith('-');
        if (negative)
        {
            r = r[1..];
        }

        int exponent;
        string digits;
        var ePos = r.IndexOf('E');
        var mantissa = ePos >= 0 ? r[..ePos] : r;
        var exp10 = ePos >= 0 ? int.Parse(r[(ePos + 1)..], CultureInfo.InvariantCulture) : 0;
        var dot = mantissa.IndexOf('.');
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - (intPart + fracPart).TrimStart('0').Length;
        // value = 0.d1d2d3... * 10^(intPart.Length - leadingZeros + exp10)
        exponent = intPart.Length - leadingZeros + exp10 - 1; // scientific exponent of d1
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        string result;
        if (exponent < -4 || exponent >= 16)
        {
            var m = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            result = m + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (exponent < 0)
        {
            result = "0." + new string('0', -exponent - 1) + digits;
        }
        else if (digits.Length <= exponent + 1)
        {
            result = digits + new string('0', exponent + 1 - digits.Length) + ".0";
        }
        else
        {
            result = digits[..(exponent + 1)] + "." + digits[(exponent + 1)..];
        }

        return negative ? "-" + result : result;
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
