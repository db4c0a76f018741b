namespace VirtLab.Notebooks.Execution;

/// <summary>How a code cell's run ended.</summary>
public enum CellRunStatus
{
    /// <summary>Ran without error.</summary>
    Succeeded,

    /// <summary>A compile error or an exception (an error output).</summary>
    Failed,

    /// <summary>Failed, but the cell is tagged <c>raises-exception</c>, so the notebook does not fail.</summary>
    FailedAsExpected,

    /// <summary>Ran longer than the time limit; the worker was stopped.</summary>
    TimedOut,

    /// <summary>The worker process ended while running the cell (<c>Environment.Exit</c>, a crash).</summary>
    WorkerExited,
}
