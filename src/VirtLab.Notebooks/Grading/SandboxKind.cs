namespace VirtLab.Notebooks.Grading;

/// <summary>Where a submission's code runs.</summary>
public enum SandboxKind
{
    /// <summary>
    /// A separate worker process on this machine with a per-cell time limit, a GC heap limit and a memory watchdog.
    /// It runs as the grader's user and can see the network and the file system: use it for trusted code or inside a
    /// disposable machine (Gradescope's container).
    /// </summary>
    None,

    /// <summary>
    /// A container per submission: no network, memory/CPU/process limits, read-only root, no capabilities, an
    /// unprivileged user, and only the submission's copy writable; the .NET runtime and the built course are mounted read-only.
    /// </summary>
    Docker,
}
