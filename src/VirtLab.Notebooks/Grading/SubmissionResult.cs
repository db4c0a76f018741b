namespace VirtLab.Notebooks.Grading;

/// <summary>The grade of one submission.</summary>
/// <param name="Name">Submission name (file name without extension, or its path below the graded folder).</param>
/// <param name="Tests">Every test of the assignment, in order, each passed or failed with a reason.</param>
/// <param name="Problems">What went wrong while running the submission's own cells (compile errors, exceptions, timeouts, exits), one line each.</param>
/// <param name="Elapsed">Wall time spent on this submission.</param>
public sealed record SubmissionResult(string Name, IReadOnlyList<TestResult> Tests, IReadOnlyList<string> Problems, TimeSpan Elapsed)
{
    /// <summary>Points earned.</summary>
    public double Score => Tests.Sum(t => t.Score);

    /// <summary>Points possible.</summary>
    public double MaxScore => Tests.Sum(t => t.MaxScore);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name}: {Score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}/{MaxScore.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"
        + $" ({Tests.Count(t => t.Passed)} of {Tests.Count} tests passed)";
}
