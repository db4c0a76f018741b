namespace VirtLab.Notebooks.Grading;

/// <summary>How <see cref="SubmissionGrader"/> runs submissions.</summary>
public sealed record GradingOptions
{
    /// <summary>Default time limit per cell and per test (60 s).</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Where submissions run (default <see cref="SandboxKind.None"/>).</summary>
    public SandboxKind Sandbox { get; init; } = SandboxKind.None;

    /// <summary>Longest a cell or a test may run before the worker is stopped. Default 60 s.</summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    /// <summary>Time budget for one whole submission (all cells, tests, restarts); later steps are not run. Default 10 min (Gradescope's default).</summary>
    public TimeSpan SubmissionTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Memory for one submission's process, in bytes (the container limit; without Docker a watchdog on its resident memory). The .NET heap gets 75 %. Default 1 GiB.</summary>
    public long MemoryBytes { get; init; } = 1L << 30;

    /// <summary>CPUs for one submission's container (<c>--cpus</c>). Default 1.</summary>
    public double Cpus { get; init; } = 1.0;

    /// <summary>Most processes and threads in one submission's container (<c>--pids-limit</c>). Default 256.</summary>
    public long PidsLimit { get; init; } = 256;

    /// <summary>How often a submission's worker may be restarted after it died or timed out before the remaining steps are given up. Default 5.</summary>
    public int MaxRestarts { get; init; } = 5;

    /// <summary>Image for <see cref="SandboxKind.Docker"/> (default the lab image, built locally by <c>virtlab lab build</c>).</summary>
    public string Image { get; init; } = VirtLab.Containers.Lab.LabImage.Name;

    /// <summary>The worker assembly (<c>VirtLab.Cli.dll</c>); default <c>VIRTLAB_WORKER</c>, else beside this library.</summary>
    public string? WorkerAssembly { get; init; }

    /// <summary>
    /// With <see cref="SandboxKind.None"/> on Linux as root: run each worker as this user (e.g. <c>nobody</c>) through
    /// <c>setpriv</c>, with <c>prlimit --nproc</c> = <see cref="PidsLimit"/> (shared by all workers of that user), so
    /// files readable only by the grader (the instructor notebook, results) stay out of reach. Default: the
    /// <c>VIRTLAB_WORKER_USER</c> environment variable, else the grader's own user.
    /// </summary>
    public string? WorkerUser { get; init; } = Environment.GetEnvironmentVariable("VIRTLAB_WORKER_USER") is { Length: > 0 } user ? user : null;

    /// <summary>
    /// The folder every submission must really lie in (symlinks resolved); a submission elsewhere scores 0. Default
    /// none (<c>virtlab grade</c> sets the folders it was given).
    /// </summary>
    public string? SubmissionsRoot { get; init; }

    /// <summary>Where the reference run's results are cached (default <c>VIRTLAB_GRADING_CACHE</c>, else <c>~/.cache/virtlab/grading</c>); readable only by the grader.</summary>
    public string? ReferenceCache { get; init; }

    /// <summary>Write <c>execution_time</c> (whole seconds) into results.json. Off by default so that results are byte-for-byte reproducible.</summary>
    public bool IncludeExecutionTime { get; init; }

    internal void Validate()
    {
        if (CellTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CellTimeout), CellTimeout, "CellTimeout must be positive.");
        }

        if (SubmissionTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(SubmissionTimeout), SubmissionTimeout, "SubmissionTimeout must be positive.");
        }

        if (MemoryBytes < 128L << 20)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryBytes), MemoryBytes, "MemoryBytes must be at least 128 MiB (the .NET runtime and the compiler need it).");
        }

        if (!(Cpus > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Cpus), Cpus, "Cpus must be > 0.");
        }

        if (PidsLimit < 32)
        {
            throw new ArgumentOutOfRangeException(nameof(PidsLimit), PidsLimit, "PidsLimit must be at least 32 (the .NET runtime starts about 20 threads).");
        }

        if (MaxRestarts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRestarts), MaxRestarts, "MaxRestarts must be >= 0.");
        }
    }
}
