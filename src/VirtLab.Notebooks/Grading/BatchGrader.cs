namespace VirtLab.Notebooks.Grading;

/// <summary>
/// Grades many submissions of one assignment in parallel and writes, per submission, <c>results.json</c> and
/// <c>feedback.md</c> under <c>OUT/&lt;name&gt;/</c> (as soon as each is graded), then <c>OUT/gradebook.csv</c>.
/// </summary>
public static class BatchGrader
{
    /// <summary>Grades <paramref name="submissions"/> (path and name) with at most <paramref name="parallelism"/> at a time.</summary>
    /// <param name="grader">The grader of the assignment.</param>
    /// <param name="submissions">Submission files and their unique names.</param>
    /// <param name="outputDirectory">Where results go.</param>
    /// <param name="parallelism">Submissions graded at once. Range: ≥ 1.</param>
    /// <param name="includeExecutionTime">Write <c>execution_time</c> into results.json.</param>
    /// <param name="started">Called when a submission starts (its name).</param>
    /// <param name="finished">Called when a submission is graded.</param>
    /// <param name="cancellationToken">Stops starting new submissions.</param>
    /// <returns>The results, sorted by name.</returns>
    /// <exception cref="InvalidOperationException">The worker user can read the assignment or a submission, or the instructor's solution fails its own tests.</exception>
    public static async Task<IReadOnlyList<SubmissionResult>> GradeAsync(
        SubmissionGrader grader,
        IReadOnlyList<(string Path, string Name)> submissions,
        string outputDirectory,
        int parallelism,
        bool includeExecutionTime,
        Action<string>? started = null,
        Action<SubmissionResult>? finished = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grader);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        if (parallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(parallelism), parallelism, "Parallelism must be at least 1.");
        }

        var duplicate = submissions.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two submissions are both named '{duplicate.Key}'; names must be unique.", nameof(submissions));
        }

        // Before any submission runs: the worker user must not see the answers or classmates' work, and the
        // reference run (expected values) must succeed; either failing stops the batch with a clear error.
        grader.EnsureWorkerUserIsolation(submissions.Select(s => s.Path));
        await grader.PrepareAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<SubmissionResult>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(submissions, options, async (submission, token) =>
        {
            started?.Invoke(submission.Name);
            var result = await grader.GradeAsync(submission.Path, submission.Name, token).ConfigureAwait(false);
            WriteSubmission(result, grader.Assignment, outputDirectory, includeExecutionTime);
            lock (results)
            {
                results.Add(result);
            }

            finished?.Invoke(result);
        }).ConfigureAwait(false);
        var sorted = results.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, "gradebook.csv"), Gradebook.Render(sorted, grader.Assignment));
        return sorted;
    }

    /// <summary>Writes <c>results.json</c> and <c>feedback.md</c> of one submission under <c>OUT/&lt;name&gt;/</c>.</summary>
    public static void WriteSubmission(SubmissionResult result, Assignment assignment, string outputDirectory, bool includeExecutionTime)
    {
        ArgumentNullException.ThrowIfNull(result);
        var folder = Path.Combine(outputDirectory, result.Name);
        GradescopeResults.Write(result, Path.Combine(folder, "results.json"), includeExecutionTime);
        AtomicFile.WriteAllText(Path.Combine(folder, "feedback.md"), FeedbackPage.Render(result, assignment));
    }
}
