using System.Text.Json.Nodes;

namespace VirtLab.Notebooks;

/// <summary>A displayed value: a MIME bundle such as <c>text/html</c> plus <c>text/plain</c>.</summary>
public class DisplayDataOutput : CellOutput
{
    /// <summary>Creates a display output.</summary>
    /// <param name="data">MIME type → value; text types hold one string, JSON types hold JSON.</param>
    /// <param name="metadata">Output metadata.</param>
    public DisplayDataOutput(JsonObject data, JsonObject? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
        Metadata = metadata ?? [];
    }

    /// <inheritdoc />
    public override string OutputType => "display_data";

    /// <summary>MIME type → value; text types hold one string, JSON types (<c>application/…+json</c>) hold JSON.</summary>
    public JsonObject Data { get; set; }

    /// <summary>Output metadata.</summary>
    public JsonObject Metadata { get; set; }

    /// <summary>The text of one MIME type, or <see langword="null"/> if the bundle lacks it.</summary>
    public string? GetText(string mimeType)
    {
        var node = Data[mimeType];
        return node switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => node.ToJsonString(),
        };
    }

    /// <inheritdoc />
    public override JsonObject ToJson()
    {
        var data = (JsonObject)Data.DeepClone();
        MimeBundles.Split(data);
        return new JsonObject
        {
            ["data"] = data,
            ["metadata"] = Metadata.DeepClone(),
            ["output_type"] = OutputType,
        };
    }
}
