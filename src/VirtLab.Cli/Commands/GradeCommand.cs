using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console;
using VirtLab.Notebooks;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Cli.Commands;

/// <summary>
/// <c>virtlab grade SUBMISSIONS… --assignment INSTRUCTOR.ipynb --out DIR [--sandbox none|docker] [--parallel N] [--timeout S]</c>:
/// grades notebooks (files or folders) against the instructor's tests; writes results.json and feedback.md per
/// submission and gradebook.csv. Exit code 0 when grading ran (whatever the scores), 2 for bad usage.
/// </summary>
internal static partial class GradeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var submissions = new Argument<string[]>("submissions") { Description = "Submitted notebooks or folders of them (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var assignment = new Option<string>("--assignment", "-a") { Description = "The instructor notebook with the tests.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Folder for results (OUT/NAME/results.json, OUT/NAME/feedback.md, OUT/gradebook.csv).", Required = true };
        var sandbox = new Option<SandboxKind>("--sandbox") { Description = "none: a worker process per submission; docker: a locked-down container per submission.", DefaultValueFactory = _ => SandboxKind.None };
        var parallel = new Option<int>("--parallel", "-j") { Description = "Submissions graded at once.", DefaultValueFactory = _ => Math.Max(1, System.Environment.ProcessorCount) };
        var timeout = new Option<double>("--timeout") { Description = "Time limit per cell and per test, in seconds.", DefaultValueFactory = _ => GradingOptions.DefaultCellTimeout.TotalSeconds };
        var memory = new Option<int>("--memory-mb") { Description = "Memory limit per submission in MiB.", DefaultValueFactory = _ => 1024 };
        var workerUser = new Option<string?>("--worker-user") { Description = "With --sandbox none as root: run submissions as this unprivileged user (default $VIRTLAB_WORKER_USER)." };
        var executionTime = new Option<bool>("--execution-time") { Description = "Write execution_time into results.json (then files differ between runs)." };
        var command = new Command("grade", "Grade submitted notebooks: Gradescope results.json, feedback pages and a CSV gradebook.")
        {
            submissions, assignment, output, sandbox, parallel, timeout, memory, workerUser, executionTime,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new GradeRequest(
                parse.GetValue(submissions) ?? [],
                parse.GetValue(assignment)!,
                parse.GetValue(output)!,
                parse.GetValue(sandbox),
                parse.GetValue(parallel),
                parse.GetValue(timeout),
                parse.GetValue(memory),
                parse.GetValue(executionTime),
                parse.GetValue(workerUser)),
            AnsiConsole.Console,
            cancellationToken));
        return command;
    }

    /// <summary>The parsed options of one <c>virtlab grade</c>.</summary>
    internal sealed record GradeRequest(string[] Submissions, string Assignment, string OutputFolder, SandboxKind Sandbox, int Parallel, double TimeoutSeconds, int MemoryMb, bool ExecutionTime, string? WorkerUser = null);

    /// <summary>Grades; returns the exit code.</summary>
    internal static async Task<int> RunAsync(GradeRequest request, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (!(request.TimeoutSeconds > 0) || request.Parallel < 1 || request.MemoryMb < 128)
        {
            console.MarkupLine("[red]--timeout must be > 0 seconds, --parallel >= 1 and --memory-mb >= 128.[/]");
            return 2;
        }

        Assignment assignment;
        List<NotebookFile> files;
        try
        {
            assignment = Assignment.Load(request.Assignment);
            files = NotebookFile.Find(request.Submissions)
                .Where(f => Path.GetFullPath(f.FullPath) != assignment.Path && !f.FullPath.EndsWith(".instructor.ipynb", StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
        catch (Exception e) when (e is AssignmentFormatException or NotebookFormatException or IOException)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 2;
        }

        if (files.Count == 0)
        {
            console.MarkupLine("[red]No submissions (*.ipynb) found.[/]");
            return 2;
        }

        var submissions = files.Select(f => (f.FullPath, SubmissionName(f.RelativePath))).ToList();
        var duplicate = submissions.GroupBy(s => s.Item2, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            console.MarkupLineInterpolated($"[red]Two submissions map to the same name '{duplicate.Key}'; grade them in separate runs.[/]");
            return 2;
        }

        if (request.Sandbox == SandboxKind.None && (request.WorkerUser ?? System.Environment.GetEnvironmentVariable("VIRTLAB_WORKER_USER")) is null)
        {
            console.MarkupLine("[yellow]--sandbox none: submissions run as your user with network and disk access; use --sandbox docker for untrusted code.[/]");
        }

        var options = new GradingOptions
        {
            Sandbox = request.Sandbox,
            CellTimeout = TimeSpan.FromSeconds(request.TimeoutSeconds),
            MemoryBytes = (long)request.MemoryMb << 20,
            IncludeExecutionTime = request.ExecutionTime,
        };
        if (request.WorkerUser is { Length: > 0 } user)
        {
            options = options with { WorkerUser = user };
        }

        // One folder given: every submission must really lie inside it (a symlink out of it scores 0).
        if (request.Submissions is [var only] && Directory.Exists(only))
        {
            options = options with { SubmissionsRoot = Path.GetFullPath(only) };
        }

        IReadOnlyList<SubmissionResult> results;
        try
        {
            await using var grader = new SubmissionGrader(assignment, options);
            grader.EnsureWorkerUserIsolation(submissions.Select(s => s.Item1));
            var reference = System.Diagnostics.Stopwatch.StartNew();
            console.MarkupLine("Reference run: the tests against the instructor's solution (cached after the first time)...");
            await grader.PrepareAsync(cancellationToken).ConfigureAwait(false);
            console.MarkupLineInterpolated($"Reference run ready in {reference.Elapsed.TotalSeconds:0.0} s.");
            results = await GradeWithProgressAsync(grader, submissions, request, console, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidOperationException or Docker.DotNet.DockerApiException or VirtLab.Containers.DockerUnreachableException or HttpRequestException)
        {
            console.MarkupLineInterpolated($"[red]{VirtLab.Containers.DockerErrors.Explain(e)}[/]");
            return 2;
        }

        var table = new Table().Title($"virtlab grade: {Path.GetFileName(assignment.Path)}").AddColumns("Submission", "Score", "Tests passed", "Time", "First problem");
        foreach (var result in results)
        {
            var problem = result.Problems.FirstOrDefault() ?? string.Empty;
            table.AddRow(
                new Text(result.Name),
                new Text($"{result.Score.ToString("0.##", CultureInfo.InvariantCulture)} / {result.MaxScore.ToString("0.##", CultureInfo.InvariantCulture)}"),
                new Text($"{result.Tests.Count(t => t.Passed)}/{result.Tests.Count}"),
                new Text($"{result.Elapsed.TotalSeconds:0.0} s"),
                new Text(problem.Length > 100 ? problem[..97] + "..." : problem));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Results: {Path.Combine(request.OutputFolder, "<name>", "results.json")}, feedback.md; gradebook: {Path.Combine(request.OutputFolder, "gradebook.csv")}");
        return 0;
    }

    /// <summary>A file-system-safe unique name: the path below the graded folder without <c>.ipynb</c>, separators as <c>__</c>.</summary>
    internal static string SubmissionName(string relativePath)
    {
        var name = Path.ChangeExtension(relativePath, null)!.Replace('\\', '/').Replace("/", "__", StringComparison.Ordinal);
        name = UnsafeCharacters().Replace(name, "_");
        return name.Trim('.') is { Length: > 0 } trimmed ? trimmed : "submission";
    }

    private static async Task<IReadOnlyList<SubmissionResult>> GradeWithProgressAsync(
        SubmissionGrader grader, List<(string, string)> submissions, GradeRequest request, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await BatchGrader.GradeAsync(
                grader, submissions, request.OutputFolder, request.Parallel, request.ExecutionTime,
                finished: r => console.MarkupLineInterpolated($"graded {r.Name}: {r.Score.ToString("0.##", CultureInfo.InvariantCulture)}/{r.MaxScore.ToString("0.##", CultureInfo.InvariantCulture)} in {r.Elapsed.TotalSeconds:0.0} s"),
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<SubmissionResult> results = [];
        await console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Grading {submissions.Count} submissions", maxValue: submissions.Count);
                results = await BatchGrader.GradeAsync(
                    grader, submissions, request.OutputFolder, request.Parallel, request.ExecutionTime,
                    started: name => task.Description = Markup.Escape($"Grading: {name}"),
                    finished: _ => task.Increment(1),
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                task.Description = $"Graded {submissions.Count} submissions";
            }).ConfigureAwait(false);
        return results;
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeCharacters();
}
