namespace VirtLab.Notebooks.Grading;

/// <summary>What a graded cell of an assignment is (<c>metadata.virtlab.role</c>).</summary>
public enum GradedCellRole
{
    /// <summary>An answer cell: code between <c>// BEGIN SOLUTION</c> and <c>// END SOLUTION</c> becomes a stub in the student version. Worth no points itself.</summary>
    Solution,

    /// <summary>A test cell: checks (usually <c>VirtLab.Exercises.Check</c>) that earn its points when they run without an exception.</summary>
    Test,
}
