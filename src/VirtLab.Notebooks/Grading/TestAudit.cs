namespace VirtLab.Notebooks.Grading;

/// <summary>
/// Finds graded tests the grader cannot protect: a test whose checks are only <c>Check.That(bool)</c> (or that has
/// no check) passes on any value the student's process claims, because there is no expected value to withhold.
/// </summary>
public static class TestAudit
{
    /// <summary>The tests of <paramref name="assignment"/> that rely only on <c>Check.That</c> or on no check at all, with why.</summary>
    public static IReadOnlyList<(GradedCell Test, string Reason)> UnprotectedTests(Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var rewritten = TestRewriter.Rewrite(assignment);
        var weak = new List<(GradedCell, string)>();
        for (var i = 0; i < rewritten.Count; i++)
        {
            var kinds = rewritten[i].CheckKinds;
            if (kinds.Count == 0)
            {
                weak.Add((assignment.Tests[i], "it calls no Check method, so it passes whenever the code runs"));
            }
            else if (kinds.All(k => k == "That"))
            {
                weak.Add((assignment.Tests[i], "it uses only Check.That(bool), whose outcome the student's process reports itself; compare values with Check.Equal, Check.Close or Check.AllClose"));
            }
        }

        return weak;
    }
}
