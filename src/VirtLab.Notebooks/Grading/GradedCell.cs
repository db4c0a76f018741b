namespace VirtLab.Notebooks.Grading;

/// <summary>One graded cell of an instructor notebook, read from its <c>metadata.virtlab</c>.</summary>
/// <param name="GradeId">Unique id (<c>^[A-Za-z0-9_-]+$</c>); names the test in results and links a test to its answer.</param>
/// <param name="Role">Answer or test.</param>
/// <param name="Points">Points a test earns when it passes (0 for answers). Range: ≥ 0.</param>
/// <param name="Hidden">Whether a test is left out of the student version (graded, but its code is never shown).</param>
/// <param name="Name">Display name of a test (default: the grade id).</param>
/// <param name="CellIndex">Index of the cell in the instructor notebook.</param>
/// <param name="Source">The cell's code.</param>
/// <param name="AnswerId">For a test: the grade id of the nearest answer cell above it (it runs right after that answer), or <see langword="null"/>.</param>
public sealed record GradedCell(string GradeId, GradedCellRole Role, double Points, bool Hidden, string Name, int CellIndex, string Source, string? AnswerId);
