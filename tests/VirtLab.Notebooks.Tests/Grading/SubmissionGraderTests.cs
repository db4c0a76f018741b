using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

/// <summary>Grading in a worker process (<c>--sandbox none</c>): scores, reasons, and the attacks a process boundary contains.</summary>
public sealed class SubmissionGraderTests : IDisposable
{
    private readonly TinyAssignment _tiny = new();

    public void Dispose() => _tiny.Dispose();

    [Fact]
    public async Task Reference_answers_score_full_marks()
    {
        var result = await GradeAsync(_tiny.Reference());
        Assert.Equal(5, result.Score);
        Assert.Equal(5, result.MaxScore);
        Assert.All(result.Tests, t => Assert.Equal("Passed.", t.Output));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task Student_version_runs_and_scores_zero_with_the_stub_as_reason()
    {
        var student = StudentVersion.Create(_tiny.Assignment, Path.Combine(_tiny.Root, "submissions"));
        var path = Path.Combine(_tiny.Root, "submissions", "student.ipynb");
        student.Save(path);
        var result = await GradeAsync(path);
        Assert.Equal(0, result.Score);
        Assert.Equal(3, result.Tests.Count);
        Assert.All(result.Tests, t => Assert.Equal("Not answered yet: the answer still throws NotImplementedException.", t.Output));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task A_wrong_answer_gets_the_checks_message_and_partial_credit_for_the_rest()
    {
        var result = await GradeAsync(_tiny.Submission("wrong", q1: "int Double(int x) => x + 2;", q2: TinyAssignment.SquareAnswer));
        Assert.Equal(3, result.Score);
        Assert.True(result.Tests[0].Passed);
        Assert.Equal(CheckJudge.HiddenMismatch, result.Tests[1].Output);
    }

    [Fact]
    public async Task A_wrong_answer_to_a_visible_test_is_told_what_was_expected()
    {
        var result = await GradeAsync(_tiny.Submission("wrong-visible", q1: "int Double(int x) => x * 3;", q2: TinyAssignment.SquareAnswer));
        Assert.Equal(2, result.Score);
        Assert.Equal("Double(2) is not right yet: got 6, expected 4.", result.Tests[0].Output);
        Assert.Equal(CheckJudge.HiddenMismatch, result.Tests[1].Output);
    }

    [Fact]
    public async Task A_compile_error_fails_that_answers_tests_only()
    {
        var result = await GradeAsync(_tiny.Submission("broken", q1: "int Double(int x) { return x * ; }", q2: TinyAssignment.SquareAnswer));
        Assert.Equal(2, result.Score);
        Assert.StartsWith("Does not compile: CS", result.Tests[0].Output, StringComparison.Ordinal);
        Assert.Contains(result.Problems, p => p.StartsWith("Cell 3 (q1): Does not compile: CS1525", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleted_and_edited_tests_in_the_submission_are_ignored()
    {
        var path = _tiny.Submission("edited", q1: "int Double(int x) => 0;", q2: TinyAssignment.SquareAnswer);
        var notebook = Notebook.Load(path);
        notebook.Cells.Single(c => c.Source.Contains("Double(2)", StringComparison.Ordinal)).Source = "Console.WriteLine(\"no checks here\");";
        notebook.Save(path);
        var result = await GradeAsync(path);
        Assert.Equal(2, result.Score);
        Assert.False(result.Tests[0].Passed);
    }

    [Fact]
    public async Task Printing_fake_pass_lines_and_fake_json_earns_nothing()
    {
        var result = await GradeAsync(_tiny.Submission("fake", q1: Attacks.FakeOutput, q2: TinyAssignment.SquareAnswer));
        AssertOnlyQ2Passed(result);
        Assert.Contains("got 0, expected 4", result.Tests[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_exit_fails_the_test_with_a_reason_and_grading_goes_on()
    {
        var result = await GradeAsync(_tiny.Submission("exit", q1: Attacks.ExitZero, q2: TinyAssignment.SquareAnswer));
        AssertOnlyQ2Passed(result);
        Assert.Contains("process ended while this ran (exit code 0", result.Tests[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replacing_console_out_does_not_change_the_verdict()
    {
        var result = await GradeAsync(_tiny.Submission("console", q1: Attacks.ReplaceConsole, q2: TinyAssignment.SquareAnswer));
        AssertOnlyQ2Passed(result);
        Assert.Contains("got 3, expected 4", result.Tests[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_home_made_check_class_cannot_replace_the_real_one()
    {
        var result = await GradeAsync(_tiny.Submission("owncheck", q1: Attacks.OwnCheck, q2: TinyAssignment.SquareAnswer));
        AssertOnlyQ2Passed(result);
    }

    [Fact]
    public async Task An_endless_loop_times_out_and_the_rest_is_graded()
    {
        var result = await GradeAsync(_tiny.Submission("loop", q1: Attacks.EndlessLoop, q2: TinyAssignment.SquareAnswer), new GradingOptions { CellTimeout = TimeSpan.FromSeconds(10) });
        AssertOnlyQ2Passed(result);
        Assert.StartsWith("Did not finish within 10 s", result.Tests[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unbounded_allocation_hits_the_memory_limit_and_the_rest_is_graded()
    {
        var result = await GradeAsync(_tiny.Submission("hoard", q1: Attacks.UnboundedAllocation, q2: TinyAssignment.SquareAnswer), new GradingOptions { MemoryBytes = 512L << 20 });
        AssertOnlyQ2Passed(result);
        Assert.True(
            result.Tests[0].Output.StartsWith("Ran out of memory", StringComparison.Ordinal) || result.Tests[0].Output.Contains("memory limit", StringComparison.Ordinal),
            result.Tests[0].Output);
    }

    [Fact]
    public async Task The_submission_runs_in_a_private_copy_so_relative_paths_do_not_reach_the_assignment()
    {
        // Without Docker the process could still open an absolute path; SandboxDockerTests shows the container cannot.
        var attack = Attacks.ReadHiddenTests("/nonexistent/hw.instructor.ipynb");
        var result = await GradeAsync(_tiny.Submission("thief", q1: attack, q2: TinyAssignment.SquareAnswer));
        AssertOnlyQ2Passed(result);
    }

    [Fact]
    public async Task As_an_unprivileged_worker_user_the_instructor_notebook_is_unreadable_and_processes_are_capped()
    {
        if (Environment.UserName != "root")
        {
            return; // Dropping to another user needs root; CI runs as root.
        }

        var options = new GradingOptions { WorkerUser = "nobody", PidsLimit = 64, CellTimeout = TimeSpan.FromSeconds(20) };
        var thief = await GradeAsync(_tiny.Submission("thief", q1: Attacks.ReadHiddenTests(_tiny.InstructorPath), q2: TinyAssignment.SquareAnswer), options);
        AssertOnlyQ2Passed(thief);
        var forks = await GradeAsync(_tiny.Submission("forks", q1: Attacks.SpawnProcesses, q2: TinyAssignment.SquareAnswer), options);
        AssertOnlyQ2Passed(forks);
        Assert.Contains("Resource temporarily unavailable", forks.Tests[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grading_twice_writes_identical_files()
    {
        var paths = new[] { _tiny.Reference(), _tiny.Submission("exit", q1: Attacks.ExitZero, q2: TinyAssignment.SquareAnswer), _tiny.Submission("half", q1: "int Double(int x) => 4;") };
        var submissions = paths.Select(p => (p, Path.GetFileNameWithoutExtension(p))).ToList();
        await using var grader = new SubmissionGrader(_tiny.Assignment);
        var first = Path.Combine(_tiny.Root, "out1");
        var second = Path.Combine(_tiny.Root, "out2");
        await BatchGrader.GradeAsync(grader, submissions, first, parallelism: 2, includeExecutionTime: false);
        await BatchGrader.GradeAsync(grader, submissions, second, parallelism: 2, includeExecutionTime: false);
        var files = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(7, files.Count);
        Assert.Equal(files, Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first, f)), File.ReadAllBytes(Path.Combine(second, f))));
        Assert.All(files.Where(f => f.EndsWith("results.json", StringComparison.Ordinal)), f => GradescopeSchema.AssertValid(File.ReadAllText(Path.Combine(first, f))));
    }

    internal static void AssertOnlyQ2Passed(SubmissionResult result)
    {
        Assert.True(
            result.Tests.Select(t => t.Passed).SequenceEqual([false, false, true]),
            string.Join("\n", result.Tests.Select(t => $"{t.Name}: {t.Passed} {t.Output}").Concat(result.Problems)));
        Assert.Equal(2, result.Score);
        Assert.All(result.Tests.Take(2), t => Assert.False(string.IsNullOrWhiteSpace(t.Output)));
    }

    private async Task<SubmissionResult> GradeAsync(string path, GradingOptions? options = null)
    {
        await using var grader = new SubmissionGrader(_tiny.Assignment, options);
        var result = await grader.GradeAsync(path);
        GradescopeSchema.AssertValid(GradescopeResults.Serialize(result, includeExecutionTime: true));
        return result;
    }
}
