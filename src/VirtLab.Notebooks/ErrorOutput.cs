using System.Text.Json.Nodes;

namespace VirtLab.Notebooks;

/// <summary>A compile error, an exception, a timeout or a crash of the cell.</summary>
public sealed class ErrorOutput : CellOutput
{
    /// <summary>Creates an error output.</summary>
    /// <param name="ename">The error name (exception type, <c>CompilationError</c>, <c>CellTimeout</c>, …).</param>
    /// <param name="evalue">The error message.</param>
    /// <param name="traceback">Lines shown to the reader.</param>
    public ErrorOutput(string ename, string evalue, IReadOnlyList<string> traceback)
    {
        ArgumentNullException.ThrowIfNull(ename);
        ArgumentNullException.ThrowIfNull(evalue);
        ArgumentNullException.ThrowIfNull(traceback);
        Ename = ename;
        Evalue = evalue;
        Traceback = traceback;
    }

    /// <inheritdoc />
    public override string OutputType => "error";

    /// <summary>The error name.</summary>
    public string Ename { get; }

    /// <summary>The error message.</summary>
    public string Evalue { get; }

    /// <summary>Lines shown to the reader.</summary>
    public IReadOnlyList<string> Traceback { get; }

    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["ename"] = Ename,
        ["evalue"] = Evalue,
        ["output_type"] = OutputType,
        ["traceback"] = new JsonArray(Traceback.Select(l => (JsonNode?)l).ToArray()),
    };
}
