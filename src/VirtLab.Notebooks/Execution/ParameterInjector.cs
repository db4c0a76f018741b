using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Execution;

/// <summary>
/// Papermill-style parameters: a cell tagged <c>injected-parameters</c> is (re)placed right after the cell tagged
/// <c>parameters</c>, assigning each value (numbers and true/false as C# literals, anything else as a string).
/// Without a parameters cell the values are declared with <c>var</c> in a cell at the top, as papermill does.
/// </summary>
internal static class ParameterInjector
{
    public const string InjectedTag = "injected-parameters";

    public static void Inject(Notebook notebook, IReadOnlyDictionary<string, string> parameters)
    {
        if (parameters.Count == 0)
        {
            return;
        }

        notebook.Cells.RemoveAll(c => c.HasTag(InjectedTag));
        var anchor = notebook.Cells.FindIndex(c => c.IsCode && c.HasTag("parameters"));
        var code = new StringBuilder("// Parameters injected by virtlab run -p\n");
        foreach (var (name, value) in parameters)
        {
            if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name))
            {
                throw new ArgumentException($"Parameter name '{name}' is not a C# identifier.", nameof(parameters));
            }

            code.Append(anchor >= 0 ? string.Empty : "var ").Append(name).Append(" = ").Append(Literal(value)).Append(";\n");
        }

        var cell = NotebookCell.CSharp(code.ToString().TrimEnd('\n'));
        cell.Metadata["tags"] = new JsonArray(InjectedTag);
        notebook.Cells.Insert(anchor + 1, cell);
    }

    private static string Literal(string value)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return value;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            return d.ToString("R", CultureInfo.InvariantCulture) is var r && (r.Contains('.') || r.Contains('E')) ? r : r + ".0";
        }

        if (value is "true" or "false")
        {
            return value;
        }

        return Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
