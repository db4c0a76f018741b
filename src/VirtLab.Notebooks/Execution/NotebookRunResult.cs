namespace VirtLab.Notebooks.Execution;

/// <summary>The run of one notebook.</summary>
/// <param name="Cells">The code cells that ran, in order.</param>
/// <param name="CodeCellCount">How many code cells the notebook has.</param>
/// <param name="Elapsed">Wall time of the whole run, worker start included.</param>
public sealed record NotebookRunResult(IReadOnlyList<CellRunResult> Cells, int CodeCellCount, TimeSpan Elapsed)
{
    /// <summary>Whether every cell ran and none failed (cells tagged <c>raises-exception</c> may fail).</summary>
    public bool Succeeded => Cells.Count == CodeCellCount && !Cells.Any(c => c.FailsNotebook);

    /// <summary>The first failing cell, if any.</summary>
    public CellRunResult? FirstFailure => Cells.FirstOrDefault(c => c.FailsNotebook);
}
