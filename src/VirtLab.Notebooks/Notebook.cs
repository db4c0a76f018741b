using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VirtLab.Notebooks.Json;

namespace VirtLab.Notebooks;

/// <summary>
/// A Jupyter notebook (nbformat 4.x) as .NET Interactive / Polyglot Notebooks and Jupyter write it.
/// </summary>
/// <remarks>
/// Reading accepts what real files contain: sources and texts as strings or line arrays, a cell's value stored
/// as <c>display_data</c> (VS Code) or <c>execute_result</c> (Jupyter), and cells without ids (nbformat 4.4).
/// Writing produces exactly what Python's <c>nbformat.write</c> produces (indent 1, sorted keys, non-ASCII kept,
/// multi-line strings as line arrays, trailing newline), so a notebook saved by Jupyter tooling loads and saves
/// byte-identically. Saving gives every cell an id and records nbformat 4.5.
/// Format: https://github.com/jupyter/nbformat/blob/main/nbformat/v4/nbformat.v4.5.schema.json
/// </remarks>
public sealed class Notebook
{
    /// <summary>The cells, in order.</summary>
    public List<NotebookCell> Cells { get; } = [];

    /// <summary>Notebook metadata (kernelspec, language_info, polyglot_notebook, …).</summary>
    public JsonObject Metadata { get; set; } = [];

    /// <summary>The nbformat major version (always 4).</summary>
    public int FormatMajor { get; private set; } = 4;

    /// <summary>The nbformat minor version; saving raises it to at least 5 (cell ids).</summary>
    public int FormatMinor { get; set; } = 5;

    /// <summary>Creates an empty C# notebook with the .NET Interactive / Polyglot metadata.</summary>
    public static Notebook CreateCSharp()
    {
        var notebook = new Notebook
        {
            Metadata = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "C#" },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject
                    {
                        ["defaultKernelName"] = "csharp",
                        ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                    },
                },
            },
        };
        return notebook;
    }

    /// <summary>Reads a notebook file.</summary>
    /// <exception cref="NotebookFormatException">The file is not an nbformat 4 notebook.</exception>
    public static Notebook Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            return Parse(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (NotebookFormatException e)
        {
            throw new NotebookFormatException($"{path}: {e.Message}");
        }
    }

    /// <summary>Parses notebook JSON text.</summary>
    /// <exception cref="NotebookFormatException">The text is not an nbformat 4 notebook.</exception>
    public static Notebook Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException($"not valid JSON: {e.Message}");
        }

        if (root is not JsonObject obj)
        {
            throw new NotebookFormatException("the top level is not a JSON object.");
        }

        try
        {
            return FromJson(obj);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidCastException or OverflowException or KeyNotFoundException)
        {
            // A field of the wrong type ("nbformat_minor": "x", a numeric cell id, …) is a format error like any other.
            throw new NotebookFormatException($"a field has the wrong type ({e.Message}).");
        }
    }

    private static Notebook FromJson(JsonObject obj)
    {

        var major = obj["nbformat"]?.GetValue<int>() ?? throw new NotebookFormatException("missing 'nbformat'.");
        if (major != 4)
        {
            throw new NotebookFormatException($"nbformat {major} is not supported (only 4.x).");
        }

        var notebook = new Notebook
        {
            FormatMajor = major,
            FormatMinor = obj["nbformat_minor"]?.GetValue<int>() ?? 0,
            Metadata = obj["metadata"] is JsonObject metadata ? (JsonObject)metadata.DeepClone() : [],
        };
        notebook.Metadata.Remove("orig_nbformat");
        notebook.Metadata.Remove("orig_nbformat_minor");
        notebook.Metadata.Remove("signature");
        if (obj["cells"] is not JsonArray cells)
        {
            throw new NotebookFormatException("missing 'cells' array.");
        }

        foreach (var cell in cells)
        {
            notebook.Cells.Add(NotebookCell.FromJson(cell as JsonObject ?? throw new NotebookFormatException("a cell is not an object.")));
        }

        return notebook;
    }

    /// <summary>Serializes the notebook exactly as <c>nbformat.write</c> would (ends with a newline).</summary>
    public string ToJson()
    {
        EnsureCellIds();
        var cells = new JsonArray();
        foreach (var cell in Cells)
        {
            cells.Add(cell.ToJson());
        }

        var root = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = Metadata.DeepClone(),
            ["nbformat"] = FormatMajor,
            ["nbformat_minor"] = FormatMinor,
        };
        return PythonJsonWriter.Write(root) + "\n";
    }

    /// <summary>Writes the notebook atomically (temporary file in the same folder, then rename).</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, ToJson(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Gives every cell without an id a fresh unique one and records nbformat 4.5 (ids are required from 4.5).</summary>
    private void EnsureCellIds()
    {
        var used = new HashSet<string>(Cells.Where(c => c.Id is not null).Select(c => c.Id!), StringComparer.Ordinal);
        foreach (var cell in Cells.Where(c => c.Id is null))
        {
            string id;
            do
            {
                id = Guid.NewGuid().ToString("N")[..8];
            }
            while (!used.Add(id));
            cell.Id = id;
        }

        FormatMinor = Math.Max(FormatMinor, 5);
    }
}
