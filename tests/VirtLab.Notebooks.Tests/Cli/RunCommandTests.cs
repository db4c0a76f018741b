using Spectre.Console;
using VirtLab.Cli.Commands;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Cli;

public sealed class RunCommandTests
{
    private static (IAnsiConsole Console, StringWriter Text) Console()
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Long checkout paths must not wrap, or the asserted lines break apart.
        console.Profile.Width = 1000;
        return (console, text);
    }

    private static RunCommand.RunRequest Request(string[] paths, string? output = null, bool inPlace = false, string? html = null, string[]? parameters = null) =>
        new(paths, inPlace, output, html, 120, false, parameters ?? []);

    [Fact]
    public async Task Passing_notebooks_exit_0_and_are_written_to_the_output_folder()
    {
        using var temp = new TempFolder();
        var (console, text) = Console();

        var code = await RunCommand.RunAsync(Request([Repo.TestNotebook("load"), Repo.TestNotebook("update")], output: temp.Path), console, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Equal(["load.ipynb", "update.ipynb"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order());
        Assert.Equal(1, Notebook.Load(temp.File("load.ipynb")).Cells[0].ExecutionCount);
        Assert.Contains("2 passed, 0 failed.", text.ToString(), StringComparison.Ordinal);
        Assert.Null(Notebook.Load(Repo.TestNotebook("load")).Cells[0].ExecutionCount);
    }

    [Fact]
    public async Task A_failing_notebook_exits_1_and_the_summary_names_cell_and_line()
    {
        var (console, text) = Console();

        var code = await RunCommand.RunAsync(Request([Repo.TestNotebook("compile-error"), Repo.TestNotebook("load")]), console, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("FAIL " + Repo.TestNotebook("compile-error"), text.ToString(), StringComparison.Ordinal);
        Assert.Contains("Cell 2, line 2, column 9: error CS0103", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 passed, 1 failed.", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inplace_rewrites_the_notebook_and_html_exports_an_index()
    {
        using var temp = new TempFolder();
        var path = temp.File("parameters.ipynb");
        File.Copy(Repo.TestNotebook("parameters"), path);
        var (console, _) = Console();

        var code = await RunCommand.RunAsync(Request([temp.Path], inPlace: true, html: Path.Combine(temp.Path, "html"), parameters: ["count=3"]), console, CancellationToken.None);

        Assert.Equal(0, code);
        var notebook = Notebook.Load(path);
        Assert.Equal("default:30", ((ExecuteResultOutput)notebook.Cells[2].Outputs[0]).GetText("text/plain"));
        Assert.True(File.Exists(Path.Combine(temp.Path, "html", "index.html")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "html", "parameters.html")));
        Nbformat.Validate(path);
    }

    [Theory]
    [InlineData(true, "out", "x=1", 120)]
    [InlineData(false, null, "novalue", 120)]
    [InlineData(false, null, "x=1", 0)]
    public async Task Bad_usage_exits_2(bool inPlace, string? output, string parameter, double timeout)
    {
        var (console, _) = Console();

        var code = await RunCommand.RunAsync(new RunCommand.RunRequest([Repo.TestNotebook("load")], inPlace, output, null, timeout, false, [parameter]), console, CancellationToken.None);

        Assert.Equal(2, code);
    }

    [Fact]
    public async Task A_missing_path_exits_2()
    {
        var (console, text) = Console();

        Assert.Equal(2, await RunCommand.RunAsync(Request(["/no/such/notebook.ipynb"]), console, CancellationToken.None));
        Assert.Contains("No such notebook or folder", text.ToString(), StringComparison.Ordinal);
    }
}
