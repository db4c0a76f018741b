namespace VirtLab.Notebooks.Execution;

/// <summary>The run of one code cell.</summary>
/// <param name="CellIndex">Index of the cell in the notebook (0-based, all cell types).</param>
/// <param name="ExecutionCount">Its execution count (1-based, code cells run).</param>
/// <param name="Status">How it ended.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Error">The error output, if it failed.</param>
public sealed record CellRunResult(int CellIndex, int ExecutionCount, CellRunStatus Status, TimeSpan Elapsed, ErrorOutput? Error)
{
    /// <summary>Whether this cell makes the notebook fail.</summary>
    public bool FailsNotebook => Status is not (CellRunStatus.Succeeded or CellRunStatus.FailedAsExpected);
}
