using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using VirtLab.Notebooks;
using VirtLab.Notebooks.Exercises;
using VirtLab.Notebooks.Execution;
using VirtLab.Notebooks.Export;

namespace VirtLab.Cli.Commands;

/// <summary>
/// <c>virtlab run [paths…] [--inplace | --output DIR] [--html DIR] [--timeout S] [--continue-on-error] [-p k=v] [--solutions DIR]</c>:
/// runs notebooks headlessly, each in its own process, with live progress and a summary table; exits 1 if any failed.
/// With <c>--solutions</c> each lesson's reference answers are filled in first and every exercise check must say "correct".
/// </summary>
internal static class RunCommand
{
    /// <summary>How often a run without a terminal reports that a notebook is still running.</summary>
    internal static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(30);

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Notebooks or folders (searched recursively for *.ipynb).", Arity = ArgumentArity.OneOrMore };
        var inplace = new Option<bool>("--inplace") { Description = "Write the outputs back into the notebooks." };
        var output = new Option<string?>("--output", "-o") { Description = "Write executed notebooks into this folder (keeps sub-folders)." };
        var html = new Option<string?>("--html") { Description = "Also export HTML pages (index + one per notebook, offline charts) into this folder." };
        var timeout = new Option<double>("--timeout") { Description = "Per-cell time limit in seconds.", DefaultValueFactory = _ => NotebookRunOptions.DefaultCellTimeout.TotalSeconds };
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run the remaining cells after a failing cell (the notebook still fails)." };
        var parameters = new Option<string[]>("--parameter", "-p") { Description = "Parameter name=value injected after the cell tagged 'parameters' (papermill-style). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var solutions = new Option<string?>("--solutions") { Description = "Fill in each notebook's reference answers from DIR/<notebook>.json first; then every exercise check must report correct." };
        var command = new Command("run", "Run notebooks headlessly (C# cells via Roslyn scripting) and store their outputs.")
        {
            paths, inplace, output, html, timeout, continueOnError, parameters, solutions,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new RunRequest(
                parse.GetValue(paths) ?? [],
                parse.GetValue(inplace),
                parse.GetValue(output),
                parse.GetValue(html),
                parse.GetValue(timeout),
                parse.GetValue(continueOnError),
                parse.GetValue(parameters) ?? [],
                parse.GetValue(solutions)),
            AnsiConsole.Console,
            cancellationToken));
        return command;
    }

    /// <summary>The parsed options of one <c>virtlab run</c>.</summary>
    internal sealed record RunRequest(string[] Paths, bool InPlace, string? OutputFolder, string? HtmlFolder, double TimeoutSeconds, bool ContinueOnError, string[] Parameters, string? SolutionsFolder = null);

    /// <summary>Runs the notebooks; returns the exit code (0 all passed, 1 some failed, 2 bad usage).</summary>
    internal static async Task<int> RunAsync(RunRequest request, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (request.InPlace && request.OutputFolder is not null)
        {
            console.MarkupLine("[red]Use either --inplace or --output, not both.[/]");
            return 2;
        }

        if (!(request.TimeoutSeconds > 0))
        {
            console.MarkupLine("[red]--timeout must be a number of seconds > 0.[/]");
            return 2;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in request.Parameters)
        {
            var eq = parameter.IndexOf('=');
            if (eq <= 0)
            {
                console.MarkupLineInterpolated($"[red]Parameter '{parameter}' must look like name=value.[/]");
                return 2;
            }

            values[parameter[..eq]] = parameter[(eq + 1)..];
        }

        List<NotebookFile> files;
        List<NotebookFile> studentVersions;
        try
        {
            files = NotebookFile.Find(request.Paths, skipStudentVersions: true, out studentVersions);
        }
        catch (FileNotFoundException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 2;
        }

        if (request.SolutionsFolder is not null && !Directory.Exists(request.SolutionsFolder))
        {
            console.MarkupLineInterpolated($"[red]Solutions folder '{request.SolutionsFolder}' does not exist.[/]");
            return 2;
        }

        if (studentVersions.Count > 0)
        {
            console.MarkupLineInterpolated($"Skipping {studentVersions.Count} student version(s) written by 'virtlab assign' (their stubs fail by design; name one as a file to run it): {string.Join(", ", studentVersions.Select(f => f.DisplayPath))}");
        }

        if (files.Count == 0)
        {
            console.MarkupLine("[red]No notebooks (*.ipynb) found.[/]");
            return 2;
        }

        var clash = files.GroupBy(f => f.RelativePath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null && (request.OutputFolder is not null || request.HtmlFolder is not null))
        {
            console.MarkupLineInterpolated($"[red]Two notebooks would be written to the same place ({clash.Key}): {string.Join(", ", clash.Select(f => f.DisplayPath))}. Pass their common folder instead.[/]");
            return 2;
        }

        var progress = new CellProgress(console.Profile.Capabilities.Interactive, console);
        var options = new NotebookRunOptions
        {
            CellTimeout = TimeSpan.FromSeconds(request.TimeoutSeconds),
            ContinueOnError = request.ContinueOnError,
            Parameters = values,
            CellStarted = (_, count) => progress.Started(count),
            CellFinished = progress.Finished,
        };
        await using var runner = new NotebookRunner(options);
        var rows = new List<(NotebookFile File, NotebookRunResult? Result, string? Problem, Notebook? Notebook)>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var (result, problem, notebook) = await RunOneAsync(file, runner, progress, values.Count > 0, request.SolutionsFolder, prestartNext: i < files.Count - 1, console, cancellationToken).ConfigureAwait(false);
            rows.Add((file, result, problem, notebook));
            var ok = problem is null && result!.Succeeded;
            var time = result is null ? string.Empty : $" {result.Elapsed.TotalSeconds:0.0} s";
            console.MarkupLine((ok ? "[green]PASS[/] " : "[red]FAIL[/] ") + Markup.Escape(file.DisplayPath + time));
            if (!ok)
            {
                var detail = problem ?? Describe(result!);
                console.WriteLine("     " + detail.Replace("\n", "\n     ", StringComparison.Ordinal));
            }

            if (notebook is not null)
            {
                if (request.InPlace)
                {
                    notebook.Save(file.FullPath);
                }
                else if (request.OutputFolder is not null)
                {
                    notebook.Save(Path.Combine(request.OutputFolder, file.RelativePath));
                }
            }
        }

        if (request.HtmlFolder is not null)
        {
            var pages = rows.Where(r => r.Notebook is not null).Select(r => new HtmlExportPage(r.File.RelativePath, r.Notebook!, r.Problem is null && r.Result?.Succeeded == true)).ToList();
            try
            {
                HtmlExporter.Export(pages, request.HtmlFolder);
                console.MarkupLineInterpolated($"HTML: {Path.Combine(request.HtmlFolder, "index.html")}");
            }
            catch (Exception e) when (e is FileNotFoundException or IOException or UnauthorizedAccessException)
            {
                console.MarkupLineInterpolated($"[red]HTML export failed: {e.Message}[/]");
                WriteSummary(console, rows.Select(r => (r.File, r.Result, r.Problem)).ToList());
                return 1;
            }
        }

        WriteSummary(console, rows.Select(r => (r.File, r.Result, r.Problem)).ToList());
        return rows.All(r => r.Problem is null && r.Result!.Succeeded) ? 0 : 1;
    }

    private static async Task<(NotebookRunResult? Result, string? Problem, Notebook? Notebook)> RunOneAsync(
        NotebookFile file, NotebookRunner runner, CellProgress progress, bool injectsParameters, string? solutionsFolder, bool prestartNext, IAnsiConsole console, CancellationToken cancellationToken)
    {
        Notebook notebook;
        IReadOnlyList<string> solved = [];
        try
        {
            notebook = Notebook.Load(file.FullPath);
            if (solutionsFolder is not null)
            {
                solved = FillInSolutions(notebook, solutionsFolder, file.FullPath);
            }
        }
        catch (Exception e) when (e is NotebookFormatException or IOException or FormatException or InvalidOperationException)
        {
            return (null, e.Message, null);
        }

        progress.Begin(notebook.Cells.Count(c => c.IsCode && !c.HasTag("skip-execution")) + (injectsParameters ? 1 : 0));
        var directory = Path.GetDirectoryName(file.FullPath)!;
        try
        {
            var run = runner.RunAsync(notebook, directory, cancellationToken);
            if (prestartNext)
            {
                // The next notebook's worker starts and warms up while this one runs.
                runner.PrestartWorker();
            }

            NotebookRunResult? result = null;
            if (!progress.Interactive)
            {
                // A log gets a line at least every 30 s, so a slow cell never looks like a hang.
                console.WriteLine($"     {file.DisplayPath}: started");
                while (await Task.WhenAny(run, Task.Delay(HeartbeatInterval, cancellationToken)).ConfigureAwait(false) != run)
                {
                    console.WriteLine($"     {file.DisplayPath}: still running, {progress.Describe()}");
                }

                result = await run.ConfigureAwait(false);
                return (result, Unsolved(result, notebook, solved), notebook);
            }

            await console.Status().StartAsync($"{file.DisplayPath}: starting", async context =>
            {
                while (await Task.WhenAny(run, Task.Delay(250, cancellationToken)).ConfigureAwait(false) != run)
                {
                    context.Status(Markup.Escape($"{file.DisplayPath}: {progress.Describe()}"));
                }

                result = await run.ConfigureAwait(false);
            }).ConfigureAwait(false);
            return (result, Unsolved(result!, notebook, solved), notebook);
        }
        catch (Exception e) when (e is InvalidOperationException or FileNotFoundException or ArgumentException or IOException)
        {
            return (null, e.Message, null);
        }
    }

    /// <summary>Fills in the reference answers; a notebook without exercises needs no solutions file.</summary>
    private static IReadOnlyList<string> FillInSolutions(Notebook notebook, string folder, string notebookPath)
    {
        var hasExercises = notebook.Cells.Any(c => ExerciseCells.ExerciseId(c) is not null || ExerciseCells.PredictionId(c) is not null);
        var path = SolutionSet.PathFor(folder, notebookPath);
        if (!hasExercises && !File.Exists(path))
        {
            return [];
        }

        return SolutionSet.Load(path).ApplyTo(notebook);
    }

    /// <summary>In a solved run, names the exercises whose check did not report "correct" (null when all did or the run failed anyway).</summary>
    private static string? Unsolved(NotebookRunResult result, Notebook executed, IReadOnlyList<string> solved)
    {
        if (!result.Succeeded || solved.Count == 0)
        {
            return null;
        }

        var missing = SolutionSet.Unconfirmed(executed, solved);
        return missing.Count == 0 ? null : $"solved run: the check of exercise(s) {string.Join(", ", missing)} did not report correct.";
    }

    /// <summary>The live state shown while a notebook runs: which cell, for how long.</summary>
    private sealed class CellProgress(bool interactive, IAnsiConsole console)
    {
        private readonly Stopwatch _cell = new();
        private readonly Stopwatch _total = new();
        private int _current;
        private int _count;

        public bool Interactive { get; } = interactive;

        public void Begin(int codeCells)
        {
            _count = codeCells;
            _current = 0;
            _total.Restart();
            _cell.Restart();
        }

        public void Started(int executionCount)
        {
            _current = executionCount;
            _cell.Restart();
        }

        public void Finished(CellRunResult cell)
        {
            // Without a live terminal (CI logs) only slow cells get a line.
            if (!Interactive && cell.Elapsed >= TimeSpan.FromSeconds(1))
            {
                console.WriteLine($"     cell {cell.ExecutionCount}/{_count}: {cell.Elapsed.TotalSeconds:0.0} s");
            }
        }

        public string Describe() =>
            $"cell {_current}/{_count}, {_cell.Elapsed.TotalSeconds:0.0} s (total {_total.Elapsed.TotalSeconds:0.0} s)";
    }

    private static string Describe(NotebookRunResult result)
    {
        var failure = result.FirstFailure;
        if (failure is null)
        {
            return $"only {result.Cells.Count} of {result.CodeCellCount} cells ran";
        }

        var lines = failure.Error?.Traceback.Take(3).ToList() ?? [];
        return lines.Count > 0 ? string.Join("\n", lines) : $"cell {failure.ExecutionCount}: {failure.Status}";
    }

    private static void WriteSummary(IAnsiConsole console, IReadOnlyList<(NotebookFile File, NotebookRunResult? Result, string? Problem)> rows)
    {
        var table = new Table().Title("virtlab run").AddColumns("Notebook", "Cells", "Result", "Time", "First error");
        // The error column gets what the other columns leave of the console's width, so rows do not wrap in a log.
        var nameWidth = rows.Count == 0 ? 8 : rows.Max(r => r.File.DisplayPath.Length);
        var errorWidth = Math.Max(24, console.Profile.Width - nameWidth - 40);
        foreach (var (file, result, problem) in rows)
        {
            var ok = problem is null && result!.Succeeded;
            var cells = result is null ? "-" : $"{result.Cells.Count}/{result.CodeCellCount}";
            var time = result is null ? "-" : $"{result.Elapsed.TotalSeconds:0.0} s";
            var error = problem ?? (result!.FirstFailure?.Error?.Traceback.FirstOrDefault() ?? (ok ? string.Empty : "incomplete"));
            table.AddRow(
                new Text(file.DisplayPath),
                new Text(cells),
                new Markup(ok ? "[green]passed[/]" : "[red]failed[/]"),
                new Text(time),
                new Text(error.Length > errorWidth ? error[..(errorWidth - 3)] + "..." : error));
        }

        console.Write(table);
        var failed = rows.Count(r => r.Problem is not null || !r.Result!.Succeeded);
        console.MarkupLineInterpolated($"{rows.Count - failed} passed, {failed} failed.");
    }
}
