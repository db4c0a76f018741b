namespace VirtLab.Notebooks.Execution;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>The default per-cell time limit (120 s).</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Longest a cell may run; then its worker is stopped and the cell gets an error. Default 120 s.</summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    /// <summary>Keep running later cells after a cell fails (the notebook still counts as failed).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>Papermill-style parameters: injected as assignments in a cell after the cell tagged <c>parameters</c>.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The worker assembly (<c>VirtLab.Cli.dll</c>, started as <c>dotnet VirtLab.Cli.dll notebook-worker SOCKET</c>).
    /// Default: the <c>VIRTLAB_WORKER</c> environment variable, else <c>VirtLab.Cli.dll</c> beside this library.
    /// </summary>
    public string? WorkerAssembly { get; init; }

    /// <summary>Called when a cell starts: (cell index, execution count).</summary>
    public Action<int, int>? CellStarted { get; init; }

    /// <summary>Called when a cell finishes.</summary>
    public Action<CellRunResult>? CellFinished { get; init; }
}
