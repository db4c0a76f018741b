using VirtLab.Notebooks.Execution;
using VirtLab.Notebooks.Export;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Export;

public sealed class HtmlExporterTests
{
    /// <summary>Runs charts.ipynb and exports it (with basic.ipynb) into <paramref name="folder"/>.</summary>
    internal static async Task ExportChartsAsync(string folder)
    {
        var runner = new NotebookRunner();
        var (charts, chartsResult) = await runner.RunFileAsync(Repo.TestNotebook("charts"));
        Assert.True(chartsResult.Succeeded, string.Join("\n", charts.Cells.SelectMany(Outputs.Describe)));
        var (basic, basicResult) = await runner.RunFileAsync(Repo.TestNotebook("basic"));
        HtmlExporter.Export(
            [new HtmlExportPage("charts.ipynb", charts, chartsResult.Succeeded), new HtmlExportPage("sub/basic.ipynb", basic, basicResult.Succeeded)],
            folder);
    }

    [Fact]
    public async Task Export_writes_an_index_pages_and_a_local_plotly_without_any_cdn()
    {
        using var temp = new TempFolder();

        await ExportChartsAsync(temp.Path);

        var index = File.ReadAllText(temp.File("index.html"));
        Assert.Contains("<a href=\"charts.html\">charts.ipynb</a></td><td>Charts</td><td>passed</td>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"sub/basic.html\">sub/basic.ipynb</a></td><td>Basic outputs</td><td>passed</td>", index, StringComparison.Ordinal);
        var page = File.ReadAllText(temp.File("charts.html"));
        Assert.Contains("<script src=\"plotly.min.js\"></script>", page, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(page, "class=\"plotly-chart\""));
        Assert.DoesNotContain("cdn.plot.ly", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Contains("<strong>line</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<table>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;not html&gt; &amp; text", page, StringComparison.Ordinal);
        Assert.True(new FileInfo(temp.File("plotly.min.js")).Length > 1_000_000);
        var basic = File.ReadAllText(Path.Combine(temp.Path, "sub", "basic.html"));
        Assert.Contains("<a href=\"../index.html\">", basic, StringComparison.Ordinal);
        Assert.DoesNotContain("plotly.min.js", basic, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_and_streams_are_shown_escaped()
    {
        var notebook = Notebook.CreateCSharp();
        var cell = NotebookCell.CSharp("throw new Exception(\"<x>\");");
        cell.ExecutionCount = 1;
        cell.Outputs.Add(new StreamOutput("stderr", "warn <b>\n"));
        cell.Outputs.Add(new ErrorOutput("System.Exception", "<x>", ["Cell 1, line 1: System.Exception: <x>"]));
        notebook.Cells.Add(cell);

        var (html, hasChart) = HtmlExporter.RenderNotebook(notebook, "t");

        Assert.False(hasChart);
        Assert.Contains("<div class=\"prompt\">[1]</div>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"output stderr\">warn &lt;b&gt;\n</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"output error\">Cell 1, line 1: System.Exception: &lt;x&gt;</pre>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
