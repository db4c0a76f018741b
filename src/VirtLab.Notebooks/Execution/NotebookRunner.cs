using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using VirtLab.Notebooks.Scripting;

namespace VirtLab.Notebooks.Execution;

/// <summary>
/// Runs a notebook's C# cells in order in a separate worker process and stores the outputs in the notebook.
/// </summary>
/// <remarks>
/// Each notebook gets its own process, so a hung cell (time limit), <c>Environment.Exit</c> or a crash becomes an
/// error output on that cell without harming the caller or other notebooks. All code cells' outputs are cleared
/// first; executed cells get execution counts 1, 2, …; a cell's value is stored as <c>execute_result</c>.
/// Cells tagged <c>skip-execution</c> are not run; a failure in a cell tagged <c>raises-exception</c> does not fail
/// the notebook (nbclient's tags). By default the run stops at the first failing cell.
/// </remarks>
public sealed class NotebookRunner : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly NotebookRunOptions _options;
    private Task<WorkerConnection>? _spare;

    /// <summary>Creates a runner.</summary>
    public NotebookRunner(NotebookRunOptions? options = null)
    {
        _options = options ?? new NotebookRunOptions();
        if (_options.CellTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.CellTimeout, "CellTimeout must be positive.");
        }
    }

    /// <summary>Loads, runs and returns the notebook at <paramref name="path"/> (the file is not changed).</summary>
    public async Task<(Notebook Notebook, NotebookRunResult Result)> RunFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var notebook = Notebook.Load(path);
        var result = await RunAsync(notebook, Path.GetDirectoryName(Path.GetFullPath(path))!, cancellationToken).ConfigureAwait(false);
        return (notebook, result);
    }

    /// <summary>Runs <paramref name="notebook"/> with <paramref name="directory"/> as working and resolver directory; outputs go into the notebook.</summary>
    /// <remarks>
    /// Docker resources the notebook's lab sessions create carry the run's id (label <c>virtlab.run</c>); whatever
    /// the notebook leaves behind, because it failed, timed out or crashed before disposing its session, is removed
    /// when the run ends.
    /// </remarks>
    public async Task<NotebookRunResult> RunAsync(Notebook notebook, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var runId = "run-" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            return await RunCoreAsync(notebook, directory, runId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await RunLeftovers.RemoveAsync(runId).ConfigureAwait(false);
        }
    }

    private async Task<NotebookRunResult> RunCoreAsync(Notebook notebook, string directory, string runId, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        ParameterInjector.Inject(notebook, _options.Parameters);
        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
        }

        var toRun = notebook.Cells.Select((cell, index) => (cell, index)).Where(p => p.cell.IsCode && !p.cell.HasTag("skip-execution")).ToList();
        var results = new List<CellRunResult>();
        if (toRun.Count == 0)
        {
            return new NotebookRunResult(results, 0, total.Elapsed);
        }

        await using var worker = await TakeWorkerAsync(cancellationToken).ConfigureAwait(false);
        await worker.InitAsync(Path.GetFullPath(directory), runId, cancellationToken).ConfigureAwait(false);

        var count = 0;
        foreach (var (cell, index) in toRun)
        {
            count++;
            _options.CellStarted?.Invoke(index, count);
            var result = await RunCellAsync(worker, notebook, cell, index, count, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            _options.CellFinished?.Invoke(result);
            if (result.Status is CellRunStatus.TimedOut or CellRunStatus.WorkerExited)
            {
                break;
            }

            if (result.FailsNotebook && !_options.ContinueOnError)
            {
                break;
            }
        }

        return new NotebookRunResult(results, toRun.Count, total.Elapsed);
    }

    /// <summary>
    /// Starts a worker process now for the next <see cref="RunAsync"/> (it warms Roslyn up meanwhile), so a batch of
    /// notebooks does not pay each cold start in turn. Call it right after starting a run when another notebook
    /// follows; dispose the runner to stop a worker that was never used.
    /// </summary>
    public void PrestartWorker()
    {
        var started = WorkerConnection.StartAsync(WorkerAssembly(), CancellationToken.None);
        var previous = Interlocked.Exchange(ref _spare, started);
        if (previous is not null)
        {
            _ = previous.ContinueWith(t => t.Result.DisposeAsync().AsTask(), TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }

    /// <summary>Stops a worker started ahead for a next notebook, if any.</summary>
    public async ValueTask DisposeAsync()
    {
        var spare = Interlocked.Exchange(ref _spare, null);
        if (spare is not null)
        {
            try
            {
                await (await spare.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or SocketException or OperationCanceledException)
            {
                // It never started; nothing to stop.
            }
        }
    }

    private async Task<WorkerConnection> TakeWorkerAsync(CancellationToken cancellationToken)
    {
        var spare = Interlocked.Exchange(ref _spare, null);
        if (spare is not null)
        {
            try
            {
                var worker = await spare.ConfigureAwait(false);
                if (!worker.HasExited)
                {
                    return worker;
                }

                await worker.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or SocketException or OperationCanceledException)
            {
                // Start a fresh one below.
            }
        }

        return await WorkerConnection.StartAsync(WorkerAssembly(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<CellRunResult> RunCellAsync(WorkerConnection worker, Notebook notebook, NotebookCell cell, int index, int count, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        cell.ExecutionCount = count;
        var unsupported = UnsupportedKernel(cell);
        if (unsupported is not null)
        {
            cell.Outputs.Add(unsupported);
            return new CellRunResult(index, count, Status(cell, CellRunStatus.Failed), stopwatch.Elapsed, unsupported);
        }

        var request = WorkerProtocol.Message("execute");
        request["cell"] = index;
        request["number"] = count;
        request["source"] = cell.KernelName == "markdown" ? "#!markdown\n" + cell.Source : cell.Source;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.CellTimeout);
        try
        {
            await worker.SendAsync(request, timeout.Token).ConfigureAwait(false);
            while (true)
            {
                var message = await worker.ReceiveAsync(timeout.Token).ConfigureAwait(false);
                if (message is null)
                {
                    var code = await worker.WaitForExitCodeAsync().ConfigureAwait(false);
                    var stray = worker.DrainStrayOutput();
                    var error = new ErrorOutput(
                        "WorkerExited",
                        $"The notebook process exited with code {code} while running cell {count} (Environment.Exit or a crash); later cells did not run.",
                        [$"Cell {count}: the notebook process exited with code {code} (Environment.Exit or a crash).", .. StrayLines(stray)]);
                    cell.Outputs.Add(error);
                    return new CellRunResult(index, count, CellRunStatus.WorkerExited, stopwatch.Elapsed, error);
                }

                switch (WorkerProtocol.TypeOf(message))
                {
                    case "update":
                        ApplyUpdate(notebook, message);
                        break;
                    case "result" when message["cell"]!.GetValue<int>() == index:
                        foreach (var node in message["outputs"]!.AsArray())
                        {
                            var output = CellOutput.FromJson(node!.AsObject());
                            if (output is ExecuteResultOutput result)
                            {
                                result.ExecutionCount = count;
                            }

                            cell.Outputs.Add(output);
                        }

                        AddStrayOutput(cell, worker.DrainStrayOutput());
                        var ok = message["ok"]!.GetValue<bool>();
                        var firstError = cell.Outputs.OfType<ErrorOutput>().FirstOrDefault();
                        return new CellRunResult(index, count, ok ? CellRunStatus.Succeeded : Status(cell, CellRunStatus.Failed), stopwatch.Elapsed, firstError);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            worker.Kill();
            var seconds = _options.CellTimeout.TotalSeconds;
            var error = new ErrorOutput(
                "CellTimeout",
                $"Cell {count} did not finish within {seconds:0.###} s; the notebook process was stopped and later cells did not run.",
                [$"Cell {count}: timed out after {seconds:0.###} s (use --timeout to allow longer)."]);
            AddStrayOutput(cell, worker.DrainStrayOutput());
            cell.Outputs.Add(error);
            return new CellRunResult(index, count, CellRunStatus.TimedOut, stopwatch.Elapsed, error);
        }
    }

    private static CellRunStatus Status(NotebookCell cell, CellRunStatus failure) =>
        cell.HasTag("raises-exception") ? CellRunStatus.FailedAsExpected : failure;

    private static ErrorOutput? UnsupportedKernel(NotebookCell cell)
    {
        var kernel = cell.KernelName;
        if (kernel is null or "csharp" or "C#" or "c#" or "markdown" or "html")
        {
            return null;
        }

        var first = cell.Source.TrimStart().Split('\n', 2)[0].Trim();
        if (first is "#!csharp" or "#!c#" or "#!C#")
        {
            return null;
        }

        var message = $"The '{kernel}' kernel is not supported by virtlab run; only C# cells run.";
        return new ErrorOutput("UnsupportedKernel", message, [message]);
    }

    private static void ApplyUpdate(Notebook notebook, JsonObject message)
    {
        var cellIndex = message["cell"]!.GetValue<int>();
        var outputIndex = message["index"]!.GetValue<int>();
        if (cellIndex < notebook.Cells.Count && outputIndex < notebook.Cells[cellIndex].Outputs.Count)
        {
            notebook.Cells[cellIndex].Outputs[outputIndex] = CellOutput.FromJson(message["output"]!.AsObject());
        }
    }

    private static void AddStrayOutput(NotebookCell cell, (string Stdout, string Stderr) stray)
    {
        if (stray.Stdout.Length > 0)
        {
            cell.Outputs.Add(new StreamOutput("stdout", stray.Stdout));
        }

        if (stray.Stderr.Length > 0)
        {
            cell.Outputs.Add(new StreamOutput("stderr", stray.Stderr));
        }
    }

    private static IEnumerable<string> StrayLines((string Stdout, string Stderr) stray) =>
        (stray.Stdout + stray.Stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(20);

    private string WorkerAssembly()
    {
        var path = _options.WorkerAssembly
            ?? Environment.GetEnvironmentVariable("VIRTLAB_WORKER")
            ?? Path.Combine(Path.GetDirectoryName(typeof(NotebookRunner).Assembly.Location)!, "VirtLab.Cli.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The notebook worker {path} is missing: build the solution (dotnet build VirtLab.sln) or set VIRTLAB_WORKER.", path);
        }

        return path;
    }

    /// <summary>The worker process and its connection (one, from the worker's own pid, on a private socket).</summary>
    private sealed class WorkerConnection : IAsyncDisposable
    {
        /// <summary>Most stray output (child processes writing to the worker's own stdout/stderr) kept between two cells.</summary>
        private const int StrayLimit = 1 << 20;
        private readonly Process _process;
        private readonly StringBuilder _stdout = new();
        private readonly StringBuilder _stderr = new();
        private WorkerChannel? _channel;

        private WorkerConnection(Process process)
        {
            _process = process;
        }

        public bool HasExited => _process.HasExited;

        public static async Task<WorkerConnection> StartAsync(string workerAssembly, CancellationToken cancellationToken)
        {
            using var listener = WorkerListener.Create();
            var start = WorkerLauncher.Create(workerAssembly, listener.SocketPath);
            start.WorkingDirectory = Path.GetTempPath();
            start.RedirectStandardInput = true;
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.UseShellExecute = false;
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            // Measured: without dynamic PGO instrumentation, Roslyn's many one-off submissions cost ~10 % less CPU.
            start.Environment["DOTNET_TieredPGO"] = "0";
            var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the notebook worker.");
            var connection = new WorkerConnection(process);
            _ = connection.ReadStrayAsync(process.StandardOutput, connection._stdout);
            _ = connection.ReadStrayAsync(process.StandardError, connection._stderr);
            process.StandardInput.Close();
            try
            {
                using var startTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                startTimeout.CancelAfter(StartTimeout);
                var uid = OperatingSystem.IsLinux() ? Grading.Native.GetEuid() : (int?)null;
                var accept = listener.AcceptAsync(uid, () => process.Id, startTimeout.Token);
                var exited = process.WaitForExitAsync(startTimeout.Token);
                if (await Task.WhenAny(accept, exited).ConfigureAwait(false) != accept)
                {
                    await exited.ConfigureAwait(false);
                    throw new InvalidOperationException($"The notebook worker exited with code {process.ExitCode} before it started: {connection._stderr}");
                }

                connection._channel = await accept.ConfigureAwait(false);
                return connection;
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        /// <summary>Tells the worker which notebook folder to work in and waits until it is ready.</summary>
        public async Task InitAsync(string directory, string runId, CancellationToken cancellationToken)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            var init = WorkerProtocol.Message(WorkerProtocol.Init);
            init["directory"] = directory;
            init["runId"] = runId;
            await SendAsync(init, timeout.Token).ConfigureAwait(false);
            var ready = await ReceiveAsync(timeout.Token).ConfigureAwait(false);
            if (ready is null || WorkerProtocol.TypeOf(ready) != WorkerProtocol.Ready)
            {
                throw new InvalidOperationException($"The notebook worker did not start: {_stderr}");
            }
        }

        public Task SendAsync(JsonObject message, CancellationToken cancellationToken) => _channel!.SendAsync(message, cancellationToken);

        /// <summary>The next message, or <see langword="null"/> when the worker closed the connection.</summary>
        public Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken) => _channel!.ReceiveAsync(cancellationToken);

        public async Task<int> WaitForExitCodeAsync()
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
                return _process.ExitCode;
            }
            catch (OperationCanceledException)
            {
                Kill();
                return -1;
            }
        }

        public (string Stdout, string Stderr) DrainStrayOutput()
        {
            lock (_stdout)
            {
                var result = (_stdout.ToString(), _stderr.ToString());
                _stdout.Clear();
                _stderr.Clear();
                return result;
            }
        }

        public void Kill()
        {
            try
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_channel is not null && !_process.HasExited)
                {
                    using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                    await SendAsync(WorkerProtocol.Message(WorkerProtocol.Exit), quick.Token).ConfigureAwait(false);
                    await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The worker is stuck or gone; it is killed below.
            }

            Kill();
            _process.Dispose();
            if (_channel is not null)
            {
                await _channel.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>Reads stray output in blocks (never a whole line at once), keeping at most <see cref="StrayLimit"/> characters.</summary>
        private async Task ReadStrayAsync(StreamReader reader, StringBuilder buffer)
        {
            var block = new char[8192];
            var dropped = 0L;
            try
            {
                int read;
                while ((read = await reader.ReadAsync(block).ConfigureAwait(false)) > 0)
                {
                    lock (_stdout)
                    {
                        var keep = Math.Clamp(StrayLimit - buffer.Length, 0, read);
                        buffer.Append(block, 0, keep);
                        if (keep < read)
                        {
                            dropped += read - keep;
                        }
                        else if (dropped > 0 && buffer.Length < StrayLimit / 2)
                        {
                            buffer.Append(CultureInfo.InvariantCulture, $"\n[{dropped} more characters dropped]\n");
                            dropped = 0;
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The worker is gone.
            }
        }
    }
}
