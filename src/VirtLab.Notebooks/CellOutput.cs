using System.Text.Json.Nodes;

namespace VirtLab.Notebooks;

/// <summary>One output of a code cell: <see cref="StreamOutput"/>, <see cref="DisplayDataOutput"/>,
/// <see cref="ExecuteResultOutput"/> or <see cref="ErrorOutput"/>.</summary>
public abstract class CellOutput
{
    private protected CellOutput()
    {
    }

    /// <summary>The nbformat <c>output_type</c>.</summary>
    public abstract string OutputType { get; }

    /// <summary>Parses one output as stored in a notebook.</summary>
    /// <exception cref="NotebookFormatException">The output type is unknown or a field is missing.</exception>
    public static CellOutput FromJson(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var type = obj["output_type"]?.GetValue<string>() ?? throw new NotebookFormatException("an output has no 'output_type'.");
        switch (type)
        {
            case "stream":
                return new StreamOutput(obj["name"]?.GetValue<string>() ?? "stdout", NotebookCell.JoinMultiline(obj["text"]));
            case "display_data":
                return new DisplayDataOutput(ReadBundle(obj["data"]), ReadMetadata(obj));
            case "execute_result":
                return new ExecuteResultOutput(ReadBundle(obj["data"]), ReadMetadata(obj), obj["execution_count"]?.GetValue<int>());
            case "error":
                return new ErrorOutput(
                    obj["ename"]?.GetValue<string>() ?? string.Empty,
                    obj["evalue"]?.GetValue<string>() ?? string.Empty,
                    obj["traceback"] is JsonArray tb ? tb.Select(l => l?.GetValue<string>() ?? string.Empty).ToList() : []);
            default:
                throw new NotebookFormatException($"unknown output_type '{type}'.");
        }
    }

    /// <summary>The output as stored in a notebook (multi-line texts split into line arrays).</summary>
    public abstract JsonObject ToJson();

    private static JsonObject ReadBundle(JsonNode? node)
    {
        var bundle = node is JsonObject data ? (JsonObject)data.DeepClone() : [];
        MimeBundles.Rejoin(bundle);
        return bundle;
    }

    private static JsonObject ReadMetadata(JsonObject obj) =>
        obj["metadata"] is JsonObject metadata ? (JsonObject)metadata.DeepClone() : [];
}
