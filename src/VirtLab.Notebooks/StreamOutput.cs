using System.Text.Json.Nodes;

namespace VirtLab.Notebooks;

/// <summary>Text written to standard output or standard error.</summary>
public sealed class StreamOutput : CellOutput
{
    /// <summary>Creates a stream output.</summary>
    /// <param name="name"><c>stdout</c> or <c>stderr</c>.</param>
    /// <param name="text">The text written.</param>
    public StreamOutput(string name, string text)
    {
        if (name is not ("stdout" or "stderr"))
        {
            throw new ArgumentOutOfRangeException(nameof(name), name, "Stream name must be 'stdout' or 'stderr'.");
        }

        ArgumentNullException.ThrowIfNull(text);
        Name = name;
        Text = text;
    }

    /// <inheritdoc />
    public override string OutputType => "stream";

    /// <summary><c>stdout</c> or <c>stderr</c>.</summary>
    public string Name { get; }

    /// <summary>The text written.</summary>
    public string Text { get; set; }

    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["output_type"] = OutputType,
        ["text"] = NotebookCell.SplitMultiline(Text),
    };
}
