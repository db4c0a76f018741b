using System.Text.Json.Nodes;

namespace VirtLab.Notebooks;

/// <summary>nbformat's rules for storing MIME bundles (<c>rejoin_lines</c> / <c>split_lines</c> in nbformat/v4/rwbase.py).</summary>
internal static class MimeBundles
{
    /// <summary>Whether values of this MIME type are JSON documents rather than text.</summary>
    public static bool IsJsonMime(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>Joins line arrays of non-JSON MIME types into single strings (in place).</summary>
    public static void Rejoin(JsonObject bundle)
    {
        foreach (var key in bundle.Select(p => p.Key).ToList())
        {
            if (!IsJsonMime(key) && bundle[key] is JsonArray lines && lines.All(l => l is JsonValue v && v.TryGetValue<string>(out _)))
            {
                bundle[key] = string.Concat(lines.Select(l => l!.GetValue<string>()));
            }
        }
    }

    /// <summary>Splits text MIME values into line arrays (in place), as nbformat writes them.</summary>
    public static void Split(JsonObject bundle)
    {
        foreach (var key in bundle.Select(p => p.Key).ToList())
        {
            if (bundle[key] is JsonValue v && v.TryGetValue<string>(out var text)
                && (key.StartsWith("text/", StringComparison.Ordinal) || key is "image/svg+xml" or "application/javascript"))
            {
                bundle[key] = NotebookCell.SplitMultiline(text);
            }
        }
    }
}
