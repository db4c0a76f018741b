namespace VirtLab.Notebooks.Grading;

/// <summary>The outcome of one test cell for one submission.</summary>
/// <param name="Number">1-based test number (instructor notebook order).</param>
/// <param name="GradeId">The test's grade id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Score">Points earned: all of <paramref name="MaxScore"/> or none.</param>
/// <param name="MaxScore">The test's points.</param>
/// <param name="Passed">Whether the test code ran without an exception in the submission's state.</param>
/// <param name="Output">What the student sees: a confirmation, or why it failed (the check's message and hint, a compile error, a timeout…).</param>
/// <param name="Hidden">Whether the test was hidden from the student version (its code is never shown).</param>
public sealed record TestResult(int Number, string GradeId, string Name, double Score, double MaxScore, bool Passed, string Output, bool Hidden)
{
    /// <summary>Gradescope visibility: visible tests <c>visible</c>; hidden tests <c>after_published</c> (result shown once grades are published, code never).</summary>
    public string Visibility => Hidden ? "after_published" : "visible";

    /// <summary>Gradescope status.</summary>
    public string Status => Passed ? "passed" : "failed";
}
