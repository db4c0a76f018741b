using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Containers;
using VirtLab.Containers.Lab;
using VirtLab.Notebooks.Execution;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// Grades submissions of one assignment: runs the submission's code cells in a worker (process or container), and
/// right after each answer cell runs that answer's tests, taken from the instructor notebook, in the same script state.
/// </summary>
/// <remarks>
/// <para>A test passes when the worker reports that its code ran without an exception (a structured reply carrying a
/// random nonce of the grader's), never from text the submission printed. Test cells in the submission are ignored:
/// students cannot edit or delete tests. Unqualified <c>Check</c> in tests is bound to <c>VirtLab.Exercises.Check</c>.</para>
/// <para>Only a copy of the submission is placed in a fresh temporary folder, which is the worker's working directory
/// (with <see cref="SandboxKind.Docker"/> the only writable folder it sees, and the instructor notebook is not mounted).
/// Relative <c>#r</c> paths are resolved from the submission's folder, then the assignment's folder and its ancestors.
/// Before the submission's cells, the assemblies the instructor notebook references are loaded, so tests bind to them.</para>
/// <para>If the worker dies or a step times out, that step fails with the reason, the worker is restarted and the
/// cells that had succeeded are replayed, then grading goes on; after <see cref="GradingOptions.MaxRestarts"/>
/// restarts or the submission's time budget, the remaining tests fail as not run. Every test always gets a result.</para>
/// </remarks>
public sealed class SubmissionGrader : IAsyncDisposable
{
    private readonly Assignment _assignment;
    private readonly GradingOptions _options;
    private readonly string _workerAssembly;
    private readonly string _sessionId = Guid.NewGuid().ToString("N")[..8];
    private readonly SemaphoreSlim _dockerGate = new(1, 1);
    private IDockerClient? _docker;

    /// <summary>Creates a grader for <paramref name="assignment"/>.</summary>
    public SubmissionGrader(Assignment assignment, GradingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        _assignment = assignment;
        _options = options ?? new GradingOptions();
        _options.Validate();
        _workerAssembly = Path.GetFullPath(_options.WorkerAssembly
            ?? Environment.GetEnvironmentVariable("VIRTLAB_WORKER")
            ?? Path.Combine(Path.GetDirectoryName(typeof(SubmissionGrader).Assembly.Location)!, "VirtLab.Cli.dll"));
        if (!File.Exists(_workerAssembly))
        {
            throw new FileNotFoundException($"The notebook worker {_workerAssembly} is missing: build the solution (dotnet build VirtLab.sln) or set VIRTLAB_WORKER.", _workerAssembly);
        }
    }

    /// <summary>The assignment being graded.</summary>
    public Assignment Assignment => _assignment;

    /// <summary>Grades one submission notebook. Never throws for anything the submission does.</summary>
    /// <param name="submissionPath">The submitted .ipynb.</param>
    /// <param name="name">Its name in results (default: file name without extension).</param>
    /// <param name="cancellationToken">Cancels grading (the result is then incomplete).</param>
    public async Task<SubmissionResult> GradeAsync(string submissionPath, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(submissionPath);
        name ??= Path.GetFileNameWithoutExtension(submissionPath);
        var stopwatch = Stopwatch.StartNew();
        Notebook submission;
        try
        {
            submission = Notebook.Load(submissionPath);
        }
        catch (Exception e) when (e is NotebookFormatException or IOException or UnauthorizedAccessException)
        {
            var reason = $"The submission could not be read as a notebook: {e.Message}";
            return new SubmissionResult(name, _assignment.Tests.Select((t, i) => Failed(t, i + 1, "Not run: " + reason)).ToList(), [reason], stopwatch.Elapsed);
        }

        var root = Directory.CreateTempSubdirectory("virtlab-grade-");
        try
        {
            FileModes.Set(root.FullName, 0b111_001_001);
            var ipc = Directory.CreateDirectory(Path.Combine(root.FullName, "ipc")).FullName;
            var work = Directory.CreateDirectory(Path.Combine(root.FullName, "submission")).FullName;
            FileModes.Set(ipc, 0b111_111_111);
            FileModes.Set(work, 0b111_111_111);
            var copy = Path.Combine(work, "submission.ipynb");
            File.Copy(submissionPath, copy);
            FileModes.Set(copy, 0b110_110_110);
            var steps = Plan(submission, Path.GetDirectoryName(Path.GetFullPath(submissionPath))!);
            var run = new Run(this, steps, ipc, work, stopwatch, cancellationToken);
            var (tests, problems) = await run.ExecuteAsync().ConfigureAwait(false);
            return new SubmissionResult(name, tests, problems, stopwatch.Elapsed);
        }
        finally
        {
            try
            {
                root.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file the submission left behind is still in use; the temp folder is cleaned later.
            }
        }
    }

    /// <summary>Removes any container this grader left behind.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_docker is not null)
        {
            try
            {
                var left = await _docker.Containers.ListContainersAsync(new ContainersListParameters
                {
                    All = true,
                    Filters = LabLabels.Filter($"{LabLabels.Session}={_sessionId}"),
                }).ConfigureAwait(false);
                foreach (var container in left)
                {
                    await _docker.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true }).ConfigureAwait(false);
                }
            }
            catch (DockerApiException)
            {
                // Best effort: 'virtlab clean' removes labelled leftovers.
            }

            _docker.Dispose();
        }

        _dockerGate.Dispose();
    }

    private static TestResult Failed(GradedCell test, int number, string output) =>
        new(number, test.GradeId, test.Name, 0, test.Points, false, output, test.Hidden);

    /// <summary>The submission's code cells (test cells dropped), each answer followed by the instructor's tests for it; tests whose answer is missing come last.</summary>
    private List<Step> Plan(Notebook submission, string submissionDirectory)
    {
        var tests = _assignment.Tests.Select((t, i) => (Test: t, Number: i + 1)).ToList();
        var placed = new HashSet<int>();
        var steps = new List<Step>();
        var bases = new[] { submissionDirectory, _assignment.Directory };

        // The instructor's own #r references load first, so the tests bind to the real library whatever the submission references.
        var prelude = string.Join('\n', _assignment.Notebook.Cells
            .Where((c, i) => c.IsCode && !_assignment.Cells.Any(g => g.CellIndex == i && g.Role == GradedCellRole.Test))
            .SelectMany(c => ReferencePaths.AbsoluteReferences(ReferencePaths.Resolve(c.Source, [_assignment.Directory])))
            .Distinct(StringComparer.Ordinal)
            .Select(path => $"#r \"{path}\""));
        if (prelude.Length > 0)
        {
            steps.Add(Step.ForCell("Grader setup (the assignment's #r references)", prelude));
        }

        for (var i = 0; i < submission.Cells.Count; i++)
        {
            var cell = submission.Cells[i];
            if (!cell.IsCode || cell.KernelName is not (null or "csharp" or "C#" or "c#"))
            {
                continue;
            }

            var meta = cell.Metadata[Assignment.MetadataKey] as JsonObject;
            var role = meta?["role"] is JsonValue r && r.TryGetValue<string>(out var s) ? s : null;
            if (role == "test")
            {
                continue;
            }

            var label = $"Cell {i + 1}";
            var gradeId = meta?["grade_id"] is JsonValue g && g.TryGetValue<string>(out var id) ? id : null;
            if (role == "solution" && gradeId is not null)
            {
                label += $" ({gradeId})";
            }

            steps.Add(Step.ForCell(label, ReferencePaths.Resolve(cell.Source, bases)));
            if (role == "solution" && gradeId is not null)
            {
                foreach (var (test, number) in tests.Where(t => t.Test.AnswerId == gradeId && !placed.Contains(t.Number)))
                {
                    placed.Add(number);
                    steps.Add(Step.ForTest(test, number));
                }
            }
        }

        steps.AddRange(tests.Where(t => !placed.Contains(t.Number)).Select(t => Step.ForTest(t.Test, t.Number)));
        return steps;
    }

    private async Task<IWorkerProcess> StartWorkerAsync(string socketPath, string socketName, string ipc, string work, IEnumerable<string> references, CancellationToken cancellationToken)
    {
        if (_options.Sandbox == SandboxKind.None)
        {
            return LocalWorkerProcess.Start(_workerAssembly, socketPath, work, _options);
        }

        await _dockerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_docker is null)
            {
                var client = await DockerConnection.ConnectAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                await client.Images.InspectImageAsync(_options.Image, cancellationToken).ConfigureAwait(false);
                _docker = client;
            }
        }
        catch (DockerImageNotFoundException)
        {
            throw new InvalidOperationException($"The sandbox image {_options.Image} is missing: build it with 'virtlab lab build' (environment/setup.sh does).");
        }
        finally
        {
            _dockerGate.Release();
        }

        return await DockerWorkerProcess.StartAsync(_docker, _sessionId, _workerAssembly, ipc, socketName, work, references, _options, cancellationToken).ConfigureAwait(false);
    }

    private sealed record Step(string Label, string Source, GradedCell? Test, int TestNumber)
    {
        public static Step ForCell(string label, string source) => new(label, source, null, 0);

        public static Step ForTest(GradedCell test, int number) => new($"Test {number} ({test.GradeId})", TestSource.Harden(test.Source), test, number);
    }

    private enum StepEnd
    {
        Succeeded,
        Failed,
        FailedOutOfMemory,
        TimedOut,
        WorkerDied,
    }

    /// <summary>The run of one submission: the worker, the cells to replay after a restart, the results so far.</summary>
    private sealed class Run(SubmissionGrader grader, List<Step> steps, string ipc, string work, Stopwatch clock, CancellationToken cancellationToken)
    {
        private readonly List<Step> _succeeded = [];
        private readonly List<string> _problems = [];
        private readonly Dictionary<int, TestResult> _tests = [];
        private readonly IEnumerable<string> _references = steps.Where(s => s.Test is null).SelectMany(s => ReferencePaths.AbsoluteReferences(s.Source)).ToList();
        private GradingConnection? _connection;
        private int _restarts = -1;
        private int _startFailures;
        private int _counter;
        private string? _givenUp;

        public async Task<(List<TestResult> Tests, List<string> Problems)> ExecuteAsync()
        {
            try
            {
                foreach (var step in steps)
                {
                    await RunStepAsync(step).ConfigureAwait(false);
                }
            }
            finally
            {
                if (_connection is not null)
                {
                    await _connection.DisposeAsync().ConfigureAwait(false);
                }
            }

            var all = grader._assignment.Tests.Select((t, i) => _tests.TryGetValue(i + 1, out var r) ? r : Failed(t, i + 1, "Not run.")).ToList();
            return (all, _problems);
        }

        private TimeSpan Remaining => grader._options.SubmissionTimeout - clock.Elapsed;

        private async Task RunStepAsync(Step step)
        {
            if (_givenUp is null && Remaining <= TimeSpan.Zero)
            {
                _givenUp = $"the submission used up its time budget ({grader._options.SubmissionTimeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s)";
                _problems.Add($"Stopped: {_givenUp}; later cells and tests did not run.");
            }

            if (_givenUp is null && _connection is null)
            {
                await RestartAsync().ConfigureAwait(false);
            }

            if (_givenUp is not null || _connection is null)
            {
                Record(step, StepEnd.Failed, $"Not run: {_givenUp}.");
                return;
            }

            var (end, detail) = await ExecuteAsync(step).ConfigureAwait(false);
            Record(step, end, detail);
            if (end == StepEnd.Succeeded && step.Test is null)
            {
                _succeeded.Add(step);
            }

            // After a timeout, a death or an exhausted heap the process state is unknown: start afresh and replay.
            if (end is StepEnd.TimedOut or StepEnd.WorkerDied or StepEnd.FailedOutOfMemory)
            {
                await _connection.DisposeAsync().ConfigureAwait(false);
                _connection = null;
            }
        }

        private void Record(Step step, StepEnd end, string detail)
        {
            if (step.Test is { } test)
            {
                _tests[step.TestNumber] = end == StepEnd.Succeeded
                    ? new TestResult(step.TestNumber, test.GradeId, test.Name, test.Points, test.Points, true, "Passed.", test.Hidden)
                    : Failed(test, step.TestNumber, detail);
            }
            else if (end != StepEnd.Succeeded && !detail.StartsWith("Not run", StringComparison.Ordinal))
            {
                _problems.Add($"{step.Label}: {detail}");
            }
        }

        /// <summary>Starts a (new) worker and replays the cells that succeeded, until it works or the restarts run out.</summary>
        private async Task RestartAsync()
        {
            while (_givenUp is null)
            {
                _restarts++;
                if (_restarts > grader._options.MaxRestarts)
                {
                    _givenUp = $"the submission's process had to be restarted more than {grader._options.MaxRestarts} times";
                    _problems.Add($"Stopped: {_givenUp}; later cells and tests did not run.");
                    return;
                }

                try
                {
                    _connection = await GradingConnection.StartAsync(
                        ipc, (socketPath, socketName) => grader.StartWorkerAsync(socketPath, socketName, ipc, work, _references, cancellationToken), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is InvalidOperationException or IOException or DockerApiException or OperationCanceledException or System.Net.Http.HttpRequestException)
                {
                    // No submission code runs before the worker connects, so a failed start is the machine's fault
                    // (e.g. the container was removed by a cleanup): try again without charging the submission.
                    if (++_startFailures < 3 && !cancellationToken.IsCancellationRequested)
                    {
                        _restarts--;
                        continue;
                    }

                    _givenUp = $"the grading worker could not start ({e.Message})";
                    _problems.Add($"Stopped: {_givenUp}.");
                    return;
                }

                var replayed = true;
                foreach (var step in _succeeded)
                {
                    var (end, _) = await ExecuteAsync(step).ConfigureAwait(false);
                    if (end is StepEnd.TimedOut or StepEnd.WorkerDied)
                    {
                        await _connection.DisposeAsync().ConfigureAwait(false);
                        _connection = null;
                        replayed = false;
                        break;
                    }
                }

                if (replayed)
                {
                    return;
                }
            }
        }

        private async Task<(StepEnd End, string Detail)> ExecuteAsync(Step step)
        {
            var connection = _connection!;
            var number = ++_counter;
            var nonce = Guid.NewGuid().ToString("N");
            var request = WorkerProtocol.Message(step.Test is null ? "execute" : "check");
            request["cell"] = step.Test is null ? number : 1_000_000 + number;
            request["number"] = number;
            request["source"] = step.Source;
            request["nonce"] = nonce;
            var limit = grader._options.CellTimeout < Remaining ? grader._options.CellTimeout : Remaining;
            if (limit <= TimeSpan.Zero)
            {
                return (StepEnd.Failed, "Not run: the submission used up its time budget.");
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            try
            {
                await connection.SendAsync(request, timeout.Token).ConfigureAwait(false);
                while (true)
                {
                    var message = await connection.ReceiveAsync(timeout.Token).ConfigureAwait(false);
                    if (message is null)
                    {
                        await connection.Worker.Exited.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                        var why = await connection.Worker.DescribeExitAsync().ConfigureAwait(false);
                        return (StepEnd.WorkerDied, $"The submission's process ended while this ran ({why}; Environment.Exit, a crash or a resource limit). It was restarted for the remaining steps.");
                    }

                    var type = WorkerProtocol.TypeOf(message);
                    if (step.Test is null && type == "result" && message["cell"]?.GetValue<int>() == number)
                    {
                        if (message["ok"]?.GetValue<bool>() == true)
                        {
                            return (StepEnd.Succeeded, string.Empty);
                        }

                        var error = message["outputs"]?.AsArray().Select(o => o as JsonObject).FirstOrDefault(o => o?["output_type"]?.GetValue<string>() == "error");
                        return Failure(error?["ename"]?.GetValue<string>(), error?["evalue"]?.GetValue<string>());
                    }

                    if (step.Test is not null && type == "checked" && message["nonce"]?.GetValue<string>() == nonce)
                    {
                        return message["ok"]?.GetValue<bool>() == true
                            ? (StepEnd.Succeeded, string.Empty)
                            : Failure(message["ename"]?.GetValue<string>(), message["evalue"]?.GetValue<string>());
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await connection.Worker.KillAsync().ConfigureAwait(false);
                return (StepEnd.TimedOut, $"Did not finish within {limit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s (an endless loop?); the submission's process was stopped and restarted for the remaining steps.");
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ObjectDisposedException or TimeoutException)
            {
                await connection.Worker.KillAsync().ConfigureAwait(false);
                return (StepEnd.WorkerDied, $"The connection to the submission's process was lost ({e.GetType().Name}); it was restarted for the remaining steps.");
            }
        }

        private (StepEnd End, string Detail) Failure(string? ename, string? evalue) =>
            ename == "System.OutOfMemoryException"
                ? (StepEnd.FailedOutOfMemory, $"Ran out of memory (the limit is {grader._options.MemoryBytes >> 20} MiB per submission); the submission's process was restarted for the remaining steps.")
                : (StepEnd.Failed, Describe(ename, evalue));

        private static string Describe(string? ename, string? evalue)
        {
            var name = ename ?? "Error";
            var value = (evalue ?? string.Empty).Split('\n')[0].Trim();
            if (value.Length > 600)
            {
                value = value[..600] + "…";
            }

            return name switch
            {
                "VirtLab.Exercises.CheckFailedException" => value,
                "System.NotImplementedException" => "Not answered yet: the answer still throws NotImplementedException.",
                "CompilationError" => $"Does not compile: {value}",
                _ => $"{name}: {value}",
            };
        }
    }
}
