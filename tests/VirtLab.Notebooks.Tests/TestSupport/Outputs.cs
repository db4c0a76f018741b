namespace VirtLab.Notebooks.Tests.TestSupport;

/// <summary>Compact, exact descriptions of cell outputs for assertions.</summary>
internal static class Outputs
{
    /// <summary>One line per output: <c>stdout: text</c>, <c>result[n] mime: text | mime: text</c>, <c>display mime: text</c>, <c>error Ename: Evalue</c>.</summary>
    public static List<string> Describe(NotebookCell cell) => cell.Outputs.Select(Describe).ToList();

    public static string Describe(CellOutput output) => output switch
    {
        StreamOutput s => $"{s.Name}: {s.Text}",
        ExecuteResultOutput r => $"result[{r.ExecutionCount}] " + Bundle(r),
        DisplayDataOutput d => "display " + Bundle(d),
        ErrorOutput e => $"error {e.Ename}: {e.Evalue}",
        _ => output.OutputType,
    };

    private static string Bundle(DisplayDataOutput output) =>
        string.Join(" | ", output.Data.Select(p => $"{p.Key}: {output.GetText(p.Key)}"));
}
