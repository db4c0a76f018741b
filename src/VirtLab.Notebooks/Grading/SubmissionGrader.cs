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
/// <para>No verdict is decided in the student's process. The tests it runs are rewritten (<see cref="TestRewriter"/>):
/// library names fully qualified, and each <c>Check</c> call reduced to recording its position and actual value.
/// The expected values come from a trusted reference run of the same tests against the instructor's solution
/// (once per assignment, cached, see <see cref="ReferenceRun"/>), and <see cref="CheckJudge"/> compares them here.
/// Test cells in the submission are ignored: students cannot edit or delete tests.</para>
/// <para>Only a copy of the submission is placed in a private temporary folder, which is the worker's working
/// directory (with <see cref="SandboxKind.Docker"/> the only writable folder it sees; nothing from the assignment or
/// other submissions is mounted). <c>#r</c>/<c>#load</c> may name the instructor notebook's assemblies and files in
/// the submission's own folder (<see cref="SubmissionReferences"/>); the rest is refused. A submission that is a
/// symlink, lies outside <see cref="GradingOptions.SubmissionsRoot"/>, or is not a readable nbformat 4 notebook scores
/// 0 with the reason. Before the submission's cells, the instructor's assemblies are loaded.</para>
/// <para>If the worker dies or a step times out, that step fails with the reason, the worker is restarted and the
/// cells that had succeeded are replayed, then grading goes on; after <see cref="GradingOptions.MaxRestarts"/>
/// restarts or the submission's time budget, the remaining tests fail as not run. Every test always gets a result.
/// Hidden tests fail with generic reasons only (never their code, inputs or expected values).</para>
/// </remarks>
public sealed class SubmissionGrader : IAsyncDisposable
{
    /// <summary>Largest submission file read (64 MiB); larger ones score 0.</summary>
    public const long MaxSubmissionBytes = 64L << 20;

    private readonly Assignment _assignment;
    private readonly GradingOptions _options;
    private readonly string _workerAssembly;
    private readonly string _sessionId = Guid.NewGuid().ToString("N")[..8];
    private readonly SemaphoreSlim _dockerGate = new(1, 1);
    private readonly SemaphoreSlim _planGate = new(1, 1);
    private ReferenceRun? _plan;
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

    /// <summary>The session label value on this grader's containers.</summary>
    internal string SessionId => _sessionId;

    /// <summary>
    /// Rewrites the tests and runs them against the instructor's solution (or loads that run from the cache), once.
    /// <see cref="GradeAsync"/> calls it; call it first to fail early.
    /// </summary>
    /// <exception cref="InvalidOperationException">The instructor's solution fails one of its own tests.</exception>
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        await PlanAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// With <see cref="GradingOptions.WorkerUser"/>: refuses (clear error) when that user can read the assignment or
    /// any of <paramref name="submissions"/>, since one submission's code could then read another's or the answers.
    /// </summary>
    /// <exception cref="InvalidOperationException">The worker user can read one of them.</exception>
    public void EnsureWorkerUserIsolation(IEnumerable<string> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        if (_options.WorkerUser is { } user && _options.Sandbox == SandboxKind.None)
        {
            WorkerUserProbe.EnsureCannotRead(user, [_assignment.Path, .. submissions]);
        }
    }

    /// <summary>Grades one submission notebook. Never throws for anything the submission does.</summary>
    /// <param name="submissionPath">The submitted .ipynb.</param>
    /// <param name="name">Its name in results (default: file name without extension).</param>
    /// <param name="cancellationToken">Cancels grading (the result is then incomplete).</param>
    /// <exception cref="InvalidOperationException">The instructor's solution fails one of its own tests (not the submission's fault).</exception>
    public async Task<SubmissionResult> GradeAsync(string submissionPath, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(submissionPath);
        name ??= Path.GetFileNameWithoutExtension(submissionPath);
        var plan = await PlanAsync(cancellationToken).ConfigureAwait(false);
        var stopwatch = Stopwatch.StartNew();
        var (submission, bytes, refusal) = Read(submissionPath);
        if (submission is null)
        {
            var reason = $"The submission could not be graded: {refusal}";
            return new SubmissionResult(name, _assignment.Tests.Select((t, i) => Failed(t, i + 1, "Not run: " + reason)).ToList(), [reason], stopwatch.Elapsed);
        }

        var workerUid = await WorkerUidAsync(cancellationToken).ConfigureAwait(false);
        var root = Directory.CreateTempSubdirectory("virtlab-grade-");
        try
        {
            // The root can be passed but not listed; the two folders inside have unguessable names and belong to the
            // worker's user only, so a sibling submission running as the same user cannot find or open them.
            FileModes.Set(root.FullName, 0b111_001_001);
            var ipc = Directory.CreateDirectory(Path.Combine(root.FullName, "ipc-" + Guid.NewGuid().ToString("N"))).FullName;
            var work = Directory.CreateDirectory(Path.Combine(root.FullName, "submission-" + Guid.NewGuid().ToString("N"))).FullName;
            var copy = Path.Combine(work, "submission.ipynb");
            await File.WriteAllBytesAsync(copy, bytes, cancellationToken).ConfigureAwait(false);
            var problems = new List<string>();
            var steps = Plan(submission, plan, new SubmissionReferences(plan.Assemblies, plan.Packages, SubmissionReferences.RealPath(submissionPath), work), problems);
            foreach (var path in Directory.EnumerateFileSystemEntries(work, "*", SearchOption.AllDirectories).Prepend(work).Append(ipc))
            {
                FileOwner.Give(path, workerUid);
            }

            FileModes.Set(ipc, 0b111_000_000);
            FileModes.Set(work, 0b111_000_000);
            var run = new Run(this, steps, ipc, work, stopwatch, reference: false, cancellationToken);
            var (tests, runProblems) = await run.ExecuteAsync().ConfigureAwait(false);
            return new SubmissionResult(name, tests, [.. problems, .. runProblems], stopwatch.Elapsed);
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

    /// <summary>The uid the worker connects as.</summary>
    private async Task<int> PeerUidAsync(CancellationToken cancellationToken) =>
        await WorkerUidAsync(cancellationToken).ConfigureAwait(false) ?? (OperatingSystem.IsLinux() ? Native.GetEuid() : 0);

    private static TestResult Failed(GradedCell test, int number, string output) =>
        new(number, test.GradeId, test.Name, 0, test.Points, false, output, test.Hidden);

    /// <summary>Reads the submission safely: a regular file (no symlink), inside the submissions root, bounded, nbformat 4.</summary>
    private (Notebook? Notebook, byte[] Bytes, string Reason) Read(string submissionPath)
    {
        try
        {
            var info = new FileInfo(submissionPath);
            if (info.LinkTarget is not null)
            {
                return (null, [], "it is a symbolic link; submit the notebook file itself.");
            }

            var real = SubmissionReferences.RealPath(submissionPath);
            if (_options.SubmissionsRoot is { } rootFolder && !real.StartsWith(SubmissionReferences.RealPath(rootFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return (null, [], "it lies outside the submissions folder (through a symbolic link?).");
            }

            using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > MaxSubmissionBytes)
            {
                return (null, [], $"it is larger than {MaxSubmissionBytes >> 20} MiB.");
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            if (bytes.Length == 0)
            {
                return (null, [], "the file is empty.");
            }

            var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return (Notebook.Parse(text), bytes, string.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            var message = e is System.Text.DecoderFallbackException ? "it is not UTF-8 text (a binary file?)." : e.Message;
            return (null, [], message.Length > 300 ? message[..300] + "…" : message);
        }
    }

    private async Task<ReferenceRun> PlanAsync(CancellationToken cancellationToken)
    {
        if (_plan is not null)
        {
            return _plan;
        }

        await _planGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _plan ??= await ReferenceRun.LoadOrRunAsync(_assignment, _options.ReferenceCache, RunReferenceAsync, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _planGate.Release();
        }
    }

    /// <summary>Runs the instructor notebook, tests in their reference form, in a trusted local worker; returns each test's records.</summary>
    private async Task<IReadOnlyDictionary<int, (bool Ok, string Detail, JsonArray Records)>> RunReferenceAsync(IReadOnlyList<RewrittenTest> rewritten, CancellationToken cancellationToken)
    {
        var steps = new List<Step>();
        var tests = _assignment.Tests;
        for (var i = 0; i < _assignment.Notebook.Cells.Count; i++)
        {
            var cell = _assignment.Notebook.Cells[i];
            if (!cell.IsCode || cell.KernelName is not (null or "csharp" or "C#" or "c#"))
            {
                continue;
            }

            var number = tests.ToList().FindIndex(t => t.CellIndex == i) + 1;
            steps.Add(number > 0
                ? new Step($"Test {number} ({tests[number - 1].GradeId})", rewritten[number - 1].ReferenceSource, tests[number - 1], number, null)
                : Step.ForCell($"Cell {i + 1}", ReferencePaths.Resolve(cell.Source, [_assignment.Directory])));
        }

        var root = Directory.CreateTempSubdirectory("virtlab-reference-");
        try
        {
            FileModes.Set(root.FullName, 0b111_000_000);
            var run = new Run(this, steps, root.FullName, _assignment.Directory, Stopwatch.StartNew(), reference: true, cancellationToken);
            var (results, problems) = await run.ExecuteAsync().ConfigureAwait(false);
            return results.ToDictionary(r => r.Number, r => (r.Passed, string.Join(" ", [r.Output, .. problems]), run.Recorded.TryGetValue(r.Number, out var records) ? records : new JsonArray()));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>The uid the worker runs as (its folders are given to it), or null to keep the grader's.</summary>
    private async Task<int?> WorkerUidAsync(CancellationToken cancellationToken)
    {
        if (_options.Sandbox == SandboxKind.Docker)
        {
            return FileOwner.IsRoot ? DockerWorkerProcess.ContainerUid : null;
        }

        return _options.WorkerUser is { } user ? await FileOwner.UidOfAsync(user, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>The submission's code cells (test cells dropped), each answer followed by the instructor's tests for it; tests whose answer is missing come last.</summary>
    private List<Step> Plan(Notebook submission, ReferenceRun plan, SubmissionReferences references, List<string> problems)
    {
        var tests = _assignment.Tests.Select((t, i) => (Test: t, Number: i + 1)).ToList();
        var placed = new HashSet<int>();
        var steps = new List<Step>();

        // The instructor's own #r references load first, so the tests bind to the real library whatever the submission references.
        var prelude = string.Join('\n', plan.Assemblies.Select(path => $"#r \"{path}\""));
        if (prelude.Length > 0)
        {
            steps.Add(Step.ForCell("Grader setup (the assignment's #r references)", prelude));
        }

        Step ForTest(GradedCell test, int number) =>
            new($"Test {number} ({test.GradeId})", plan.Tests[number - 1].StudentSource, test, number, plan.Expected[number - 1]);

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

            steps.Add(Step.ForCell(label, references.Apply(cell.Source, label, problems)));
            if (role == "solution" && gradeId is not null)
            {
                foreach (var (test, number) in tests.Where(t => t.Test.AnswerId == gradeId && !placed.Contains(t.Number)))
                {
                    placed.Add(number);
                    steps.Add(ForTest(test, number));
                }
            }
        }

        steps.AddRange(tests.Where(t => !placed.Contains(t.Number)).Select(t => ForTest(t.Test, t.Number)));
        return steps;
    }

    private async Task<IWorkerProcess> StartWorkerAsync(string socketPath, string socketName, string ipc, string work, bool trusted, CancellationToken cancellationToken)
    {
        if (trusted)
        {
            // The reference run executes only the instructor's code: the grader's own user, no sandbox.
            return LocalWorkerProcess.Start(_workerAssembly, socketPath, work, _options with { WorkerUser = null });
        }

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

        var references = _plan?.Assemblies ?? [];
        return await DockerWorkerProcess.StartAsync(_docker, _sessionId, _workerAssembly, ipc, socketName, work, references, _options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One cell or test to run; a test of a student's run carries the reference run's records.</summary>
    private sealed record Step(string Label, string Source, GradedCell? Test, int TestNumber, JsonArray? Expected)
    {
        public static Step ForCell(string label, string source) => new(label, source, null, 0, null);
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
    private sealed class Run(SubmissionGrader grader, List<Step> steps, string ipc, string work, Stopwatch clock, bool reference, CancellationToken cancellationToken)
    {
        private readonly List<Step> _succeeded = [];
        private readonly List<string> _problems = [];
        private readonly Dictionary<int, TestResult> _tests = [];
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

        /// <summary>What each test recorded (reference run).</summary>
        public Dictionary<int, JsonArray> Recorded { get; } = [];

        private TimeSpan Remaining => reference ? TimeSpan.FromHours(1) : grader._options.SubmissionTimeout - clock.Elapsed;

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
            if (end is not (StepEnd.TimedOut or StepEnd.WorkerDied))
            {
                await _connection.Worker.EndStepAsync().ConfigureAwait(false);
            }

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
                    : Failed(test, step.TestNumber, test.Hidden && !reference ? Generic(detail) : detail);
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
                    var peerUid = reference ? Native.GetEuid() : await grader.PeerUidAsync(cancellationToken).ConfigureAwait(false);
                    _connection = await GradingConnection.StartAsync(
                        ipc, reference ? null : await grader.WorkerUidAsync(cancellationToken).ConfigureAwait(false), peerUid, (socketPath, socketName) => grader.StartWorkerAsync(socketPath, socketName, ipc, work, reference, cancellationToken), cancellationToken).ConfigureAwait(false);
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
                        if (message["ok"]?.GetValue<bool>() != true)
                        {
                            return Failure(message["ename"]?.GetValue<string>(), message["evalue"]?.GetValue<string>());
                        }

                        var records = message["records"] as JsonArray ?? [];
                        if (reference)
                        {
                            Recorded[step.TestNumber] = (JsonArray)records.DeepClone();
                            return (StepEnd.Succeeded, string.Empty);
                        }

                        // The verdict: the student's recorded actual values against the reference run's expectations.
                        var (passed, detail) = CheckJudge.Judge(step.Expected!, records, step.Test.Hidden);
                        return (passed ? StepEnd.Succeeded : StepEnd.Failed, detail);
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

        /// <summary>
        /// A hidden test's failure, said without its code, inputs or expected values: the grader's own messages
        /// (timeouts, restarts, incomplete checks, a generic mismatch) are kept; compile errors and exception messages,
        /// which can quote the test, are reduced to their kind.
        /// </summary>
        private static string Generic(string detail)
        {
            if (detail.StartsWith("Does not compile", StringComparison.Ordinal))
            {
                return "Does not compile together with this hidden test: keep the names and signatures the assignment asks for.";
            }

            string[] own = ["Not answered yet", "Not run", "Did not finish", "The submission's process", "Ran out of memory", "The connection", "Incomplete", "The test's checks", "The test recorded", CheckJudge.HiddenMismatch];
            if (own.Any(prefix => detail.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return detail;
            }

            var end = detail.IndexOf(':', StringComparison.Ordinal);
            var type = end > 0 && !detail[..end].Contains(' ', StringComparison.Ordinal) ? detail[..end] : "an exception";
            return $"Your code threw {type} during this hidden test.";
        }

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
