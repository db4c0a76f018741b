using System.Text.Json.Nodes;
using VirtLab.Notebooks.Json;

namespace VirtLab.Notebooks;

/// <summary>One notebook cell: code, markdown or raw.</summary>
public sealed class NotebookCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="cellType">One of <see cref="CellTypes"/>.</param>
    /// <param name="source">The cell text.</param>
    public NotebookCell(string cellType, string source)
    {
        if (cellType is not (CellTypes.Code or CellTypes.Markdown or CellTypes.Raw))
        {
            throw new ArgumentOutOfRangeException(nameof(cellType), cellType, "Cell type must be 'code', 'markdown' or 'raw'.");
        }

        ArgumentNullException.ThrowIfNull(source);
        CellType = cellType;
        Source = source;
    }

    /// <summary>The cell type (see <see cref="CellTypes"/>).</summary>
    public string CellType { get; }

    /// <summary>The cell id (nbformat 4.5), or <see langword="null"/> when the file had none; saving assigns one.</summary>
    public string? Id { get; set; }

    /// <summary>The cell text.</summary>
    public string Source { get; set; }

    /// <summary>Cell metadata (tags, dotnet_interactive, polyglot_notebook, …).</summary>
    public JsonObject Metadata { get; set; } = [];

    /// <summary>The outputs of a code cell (always empty for other cells).</summary>
    public List<CellOutput> Outputs { get; } = [];

    /// <summary>The execution count of a code cell, or <see langword="null"/> when it has not run.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>Attachments of a markdown or raw cell, as stored.</summary>
    public JsonObject? Attachments { get; set; }

    /// <summary>Whether this is a code cell.</summary>
    public bool IsCode => CellType == CellTypes.Code;

    /// <summary>The cell's tags (<c>metadata.tags</c>).</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? string.Empty).ToList() : [];

    /// <summary>Creates a C# code cell with the metadata .NET Interactive writes.</summary>
    public static NotebookCell CSharp(string source) => new(CellTypes.Code, source)
    {
        Metadata = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        },
    };

    /// <summary>Creates a markdown cell.</summary>
    public static NotebookCell Markdown(string source) => new(CellTypes.Markdown, source);

    /// <summary>Whether the cell carries <paramref name="tag"/>.</summary>
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The kernel this cell targets (<c>polyglot_notebook.kernelName</c>, then <c>dotnet_interactive.language</c>), if any.</summary>
    public string? KernelName =>
        Metadata["polyglot_notebook"]?["kernelName"]?.GetValue<string>() ?? Metadata["dotnet_interactive"]?["language"]?.GetValue<string>();

    internal static NotebookCell FromJson(JsonObject obj)
    {
        var type = obj["cell_type"]?.GetValue<string>() ?? throw new NotebookFormatException("a cell has no 'cell_type'.");
        if (type is not (CellTypes.Code or CellTypes.Markdown or CellTypes.Raw))
        {
            throw new NotebookFormatException($"unknown cell_type '{type}'.");
        }

        var cell = new NotebookCell(type, JoinMultiline(obj["source"]))
        {
            Id = obj["id"]?.GetValue<string>(),
            Metadata = obj["metadata"] is JsonObject metadata ? (JsonObject)metadata.DeepClone() : [],
        };
        cell.Metadata.Remove("trusted");
        if (obj["attachments"] is JsonObject attachments)
        {
            cell.Attachments = (JsonObject)attachments.DeepClone();
            foreach (var (_, bundle) in cell.Attachments)
            {
                if (bundle is JsonObject b)
                {
                    MimeBundles.Rejoin(b);
                }
            }
        }

        if (cell.IsCode)
        {
            cell.ExecutionCount = obj["execution_count"]?.GetValue<int>();
            if (obj["outputs"] is JsonArray outputs)
            {
                foreach (var output in outputs)
                {
                    cell.Outputs.Add(CellOutput.FromJson(output as JsonObject ?? throw new NotebookFormatException("an output is not an object.")));
                }
            }
        }

        return cell;
    }

    internal JsonObject ToJson()
    {
        var obj = new JsonObject
        {
            ["cell_type"] = CellType,
            ["metadata"] = Metadata.DeepClone(),
            ["source"] = SplitMultiline(Source),
        };
        if (Id is not null)
        {
            obj["id"] = Id;
        }

        if (Attachments is not null)
        {
            var attachments = (JsonObject)Attachments.DeepClone();
            foreach (var (_, bundle) in attachments)
            {
                if (bundle is JsonObject b)
                {
                    MimeBundles.Split(b);
                }
            }

            obj["attachments"] = attachments;
        }

        if (IsCode)
        {
            obj["execution_count"] = ExecutionCount;
            var outputs = new JsonArray();
            foreach (var output in Outputs)
            {
                outputs.Add(output.ToJson());
            }

            obj["outputs"] = outputs;
        }

        return obj;
    }

    internal static string JoinMultiline(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? string.Empty)),
        _ => node.GetValue<string>(),
    };

    internal static JsonArray SplitMultiline(string text)
    {
        var array = new JsonArray();
        foreach (var line in PythonText.SplitLinesKeepEnds(text))
        {
            array.Add(line);
        }

        return array;
    }
}
