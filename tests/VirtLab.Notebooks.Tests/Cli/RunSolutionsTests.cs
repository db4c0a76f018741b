using System.Text.Json.Nodes;
using Spectre.Console;
using VirtLab.Cli.Commands;
using VirtLab.Notebooks.Tests.Exercises;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Cli;

/// <summary>
/// <c>virtlab run</c> on a small lesson (catalogue exercise 03.4 and prediction 03.p2), run for real: unanswered it
/// passes and says "not answered yet"; with <c>--solutions</c> it passes only when every check says correct.
/// </summary>
public sealed class RunSolutionsTests
{
    private static readonly string Library = Path.Combine(Repo.Root, "artifacts", "bin", "VirtLab", "debug", "VirtLab.dll");

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
        console.Profile.Width = 1000;
        return (console, text);
    }

    /// <summary>Writes lesson.ipynb (setup, answer, check, prediction, comparison) and solutions/lesson.json.</summary>
    private static (string Notebook, string Solutions) Write(TempFolder temp, string? solutionsJson, string check = "Check.Exercise(\"03.4\", answer4)")
    {
        var notebook = SolutionSetTests.Lesson();
        notebook.Cells.Insert(1, NotebookCell.CSharp($"#r \"{Library}\"\nusing VirtLab.Exercises;"));
        var checkCell = NotebookCell.CSharp(check);
        checkCell.Metadata["tags"] = new JsonArray("check");
        notebook.Cells.Insert(3, checkCell);
        notebook.Cells.Add(NotebookCell.CSharp("Prediction.Compare(\"03.p2\", myPrediction, 0.66)"));
        var path = temp.File("lesson.ipynb");
        notebook.Save(path);
        var solutions = Path.Combine(temp.Path, "solutions");
        Directory.CreateDirectory(solutions);
        if (solutionsJson is not null)
        {
            File.WriteAllText(Path.Combine(solutions, "lesson.json"), solutionsJson);
        }

        return (path, solutions);
    }

    private static async Task<(int Code, string Text, Notebook? Output)> RunAsync(string notebook, string? solutions, TempFolder temp)
    {
        var (console, text) = Console();
        var output = Path.Combine(temp.Path, "out");
        var code = await RunCommand.RunAsync(new RunCommand.RunRequest([notebook], false, output, null, 120, false, [], solutions), console, CancellationToken.None);
        var written = Path.Combine(output, "lesson.ipynb");
        return (code, text.ToString(), File.Exists(written) ? Notebook.Load(written) : null);
    }

    private static string Outputs(Notebook notebook) => string.Join("\n", notebook.Cells.SelectMany(c => c.Outputs).Select(o => o switch
    {
        DisplayDataOutput d => d.GetText("text/plain"),
        StreamOutput s => s.Text,
        ErrorOutput e => e.Ename + ": " + e.Evalue,
        _ => null,
    }));

    [Fact]
    public async Task Unanswered_the_lesson_passes_and_every_check_says_not_answered()
    {
        using var temp = new TempFolder();
        var (notebook, _) = Write(temp, null);

        var (code, text, output) = await RunAsync(notebook, null, temp);

        Assert.True(code == 0, text);
        Assert.Contains("Exercise 03.4 (CPU fraction of the nice-0 task against nice 1): not answered yet.", Outputs(output!), StringComparison.Ordinal);
        Assert.Contains("Prediction 03.p2 (", Outputs(output!), StringComparison.Ordinal);
        Assert.Contains("skipped", Outputs(output!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Solved_the_lesson_passes_and_the_notebook_file_is_unchanged()
    {
        using var temp = new TempFolder();
        var (notebook, solutions) = Write(temp, """{ "03.4": "double? answer4 = 1024.0 / (1024 + 820);", "03.p2": 0.5 }""");
        var before = File.ReadAllText(notebook);

        var (code, text, output) = await RunAsync(notebook, solutions, temp);

        Assert.True(code == 0, text);
        Assert.Contains("Exercise 03.4 (CPU fraction of the nice-0 task against nice 1): correct.", Outputs(output!), StringComparison.Ordinal);
        Assert.Contains("you predicted 0.5, the run gave 0.66: far", Outputs(output!), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(notebook));
    }

    [Fact]
    public async Task A_wrong_solution_fails_at_its_check_with_the_hint()
    {
        using var temp = new TempFolder();
        var (notebook, solutions) = Write(temp, """{ "03.4": "double? answer4 = 0.5;", "03.p2": 0.5 }""");

        var (code, text, output) = await RunAsync(notebook, solutions, temp);

        Assert.Equal(1, code);
        var error = output!.Cells[3].Outputs.OfType<ErrorOutput>().Single();
        Assert.Contains("CheckFailedException", error.Ename, StringComparison.Ordinal);
        Assert.Contains("is not right yet: your number is too low. Hint 1 of 2", error.Evalue, StringComparison.Ordinal);
        Assert.Contains("FAIL", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_solved_run_fails_when_a_check_never_says_correct()
    {
        using var temp = new TempFolder();
        var (notebook, solutions) = Write(temp, """{ "03.4": "double? answer4 = 0.555;", "03.p2": 0.5 }""", check: "answer4");

        var (code, text, _) = await RunAsync(notebook, solutions, temp);

        Assert.Equal(1, code);
        Assert.Contains("solved run: the check of exercise(s) 03.4 did not report correct.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_solution_fails_the_notebook_before_it_runs()
    {
        using var temp = new TempFolder();
        var (notebook, solutions) = Write(temp, """{ "03.p2": 0.5 }""");

        var (code, text, _) = await RunAsync(notebook, solutions, temp);

        Assert.Equal(1, code);
        Assert.Contains("has no solution for exercise 03.4", text, StringComparison.Ordinal);
    }
}
