using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// The canonical JSON form of a value a check looked at, so the grader can compare values from two processes:
/// numbers, strings, booleans, enum names, sequences (as arrays) and, for anything else, the type name and
/// <c>ToString()</c>. Bounded: at most <see cref="MaxItems"/> items per sequence, <see cref="MaxDepth"/> levels and
/// <see cref="MaxText"/> characters per string, so a hostile value cannot make the reply unbounded.
/// </summary>
internal static class CheckValue
{
    public const int MaxItems = 100_000;
    public const int MaxDepth = 8;
    public const int MaxText = 100_000;

    public static JsonNode? Encode(object? value) => Encode(value, 0);

    /// <summary>Whether two encoded values are equal (numbers by value, so 3 equals 3.0 and 3L).</summary>
    public static bool Same(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JsonArray x, JsonArray y):
                return x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second));
            case (JsonObject x, JsonObject y):
                return x.Count == y.Count && x.All(p => y.TryGetPropertyValue(p.Key, out var other) && Same(p.Value, other));
            case (JsonValue x, JsonValue y):
                if (Number(x) is { } m && Number(y) is { } n)
                {
                    return m == n;
                }

                if (x.TryGetValue<bool>(out var p1) && y.TryGetValue<bool>(out var p2))
                {
                    return p1 == p2;
                }

                return x.TryGetValue<string>(out var s1) && y.TryGetValue<string>(out var s2) && string.Equals(s1, s2, StringComparison.Ordinal);
            default:
                return false;
        }
    }

    /// <summary>The value as a number, if it is one.</summary>
    public static double? Number(JsonNode? node)
    {
        if (node is not JsonValue value || value.TryGetValue<string>(out _) || value.TryGetValue<bool>(out _))
        {
            return null;
        }

        return value.TryGetValue<double>(out var d) ? d : null;
    }

    /// <summary>How a value reads in a message: strings and numbers as they are, the rest as compact JSON.</summary>
    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when Number(v) is { } d => d.ToString("G6", CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "True" : "False",
        JsonObject o when o["$text"] is JsonValue t && t.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    private static JsonNode? Encode(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case bool b:
                return JsonValue.Create(b);
            case string s:
                return JsonValue.Create(s.Length > MaxText ? s[..MaxText] + "…" : s);
            case char c:
                return JsonValue.Create(c.ToString());
            case Enum e:
                return JsonValue.Create(e.GetType().Name + "." + e.ToString());
            case double d:
                return Real(d);
            case float f:
                return Real(f);
            case decimal m:
                return JsonValue.Create(m);
            case sbyte or byte or short or ushort or int or uint or long:
                return JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture));
            case ulong u:
                return JsonValue.Create(u);
            case IEnumerable sequence when depth < MaxDepth:
                var array = new JsonArray();
                foreach (var item in sequence)
                {
                    if (array.Count == MaxItems)
                    {
                        array.Add(JsonValue.Create("…"));
                        break;
                    }

                    array.Add(Encode(item, depth + 1));
                }

                return array;
            default:
                var text = value.ToString() ?? string.Empty;
                return new JsonObject
                {
                    ["$type"] = value.GetType().FullName,
                    ["$text"] = text.Length > MaxText ? text[..MaxText] + "…" : text,
                };
        }
    }

    private static JsonValue Real(double d) =>
        double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(d.ToString(CultureInfo.InvariantCulture));
}
