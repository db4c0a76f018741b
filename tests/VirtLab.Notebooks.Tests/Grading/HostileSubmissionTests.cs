using System.Text.Json.Nodes;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

/// <summary>
/// Hostile submissions against <c>--sandbox none</c> (the docker variants are in <see cref="SandboxDockerTests"/>):
/// at least one per promise of issue #15, each of which the previous grader failed.
/// </summary>
public sealed class HostileSubmissionTests : IDisposable
{
    private readonly TinyAssignment _tiny = new();

    public void Dispose() => _tiny.Dispose();

    // 1. Verdicts are computed by the grader.
    [Fact]
    public async Task A_value_equal_to_everything_earns_nothing()
    {
        var result = await GradeAsync(_tiny.Submission("any", q1: Attacks.EqualToEverything, q2: TinyAssignment.SquareAnswer));
        SubmissionGraderTests.AssertOnlyQ2Passed(result);
    }

    [Fact]
    public async Task Records_forged_by_calling_the_recorder_fail_the_test()
    {
        var result = await GradeAsync(_tiny.Submission("forged", q1: Attacks.ForgedRecords, q2: TinyAssignment.SquareAnswer));
        SubmissionGraderTests.AssertOnlyQ2Passed(result);
    }

    // 2. Test code binds to the library.
    [Fact]
    public async Task A_student_class_named_like_the_library_cannot_supply_the_expected_values()
    {
        var assignment = Assignment.Load(TestRewriterTests.HomeworkPath("allocation"));
        await using var grader = new SubmissionGrader(assignment);
        var result = await grader.GradeAsync(HostileSubmissions.ShadowingAllocation(Path.Combine(_tiny.Root, "alloc")));
        var hidden = result.Tests.Single(t => t.GradeId == "q1-hidden");
        Assert.False(hidden.Passed, hidden.Output);
        Assert.Equal(CheckJudge.HiddenMismatch, hidden.Output);
        Assert.True(result.Tests.Single(t => t.GradeId == "q1-visible").Passed);
    }

    // 3. One private worker protocol.
    [Fact]
    public async Task The_worker_socket_takes_no_second_connection()
    {
        var result = await GradeAsync(_tiny.Submission("socket", q1: Attacks.ConnectToWorkerSockets, q2: TinyAssignment.SquareAnswer));
        SubmissionGraderTests.AssertOnlyQ2Passed(result);
    }

    // 4. A submission sees only its own copy.
    [Fact]
    public async Task A_submission_that_is_a_symlink_to_the_instructor_notebook_scores_zero()
    {
        var link = Path.Combine(_tiny.Root, "submissions", "link.ipynb");
        File.CreateSymbolicLink(link, _tiny.InstructorPath);
        var result = await GradeAsync(link);
        Assert.Equal(0, result.Score);
        Assert.Contains("symbolic link", result.Problems.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_reached_through_a_symlinked_folder_outside_the_root_scores_zero()
    {
        var outside = Path.Combine(_tiny.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.Copy(_tiny.Reference(), Path.Combine(outside, "sneaky.ipynb"));
        var root = Path.Combine(_tiny.Root, "root");
        Directory.CreateDirectory(root);
        Directory.CreateSymbolicLink(Path.Combine(root, "linked"), outside);
        var result = await GradeAsync(Path.Combine(root, "linked", "sneaky.ipynb"), new GradingOptions { SubmissionsRoot = root });
        Assert.Equal(0, result.Score);
        Assert.Contains("outside the submissions folder", result.Problems.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_outside_the_assignments_assemblies_and_own_folder_is_refused()
    {
        var path = _tiny.Submission("reference", q1: TinyAssignment.DoubleAnswer, q2: TinyAssignment.SquareAnswer);
        HostileSubmissions.InsertCell(path, $"#r \"{_tiny.InstructorPath}\"\n#load \"../hw/hw.instructor.ipynb\"");
        var result = await GradeAsync(path);
        Assert.Equal(5, result.Score);
        Assert.Equal(2, result.Problems.Count(p => p.Contains("was refused", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Grading_refuses_to_start_when_the_worker_user_can_read_the_assignment()
    {
        if (Environment.UserName != "root")
        {
            return; // Dropping to another user needs root; CI runs as root.
        }

        File.SetUnixFileMode(_tiny.Root, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.GetDirectoryName(_tiny.InstructorPath)!, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(_tiny.InstructorPath, (UnixFileMode)0b110_100_100);
        var submission = _tiny.Reference();
        await using var grader = new SubmissionGrader(_tiny.Assignment, new GradingOptions { WorkerUser = "nobody" });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BatchGrader.GradeAsync(grader, [(submission, "reference")], Path.Combine(_tiny.Root, "out"), 1, false));
        Assert.Contains("'nobody' can read " + _tiny.InstructorPath, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_tiny.Root, "out", "reference")));
    }

    // 5. Every bad submission harms only itself.
    [Fact]
    public async Task Malformed_notebooks_score_zero_with_the_reason_and_the_batch_goes_on()
    {
        var reference = _tiny.Reference("zz-reference");
        var folder = Path.GetDirectoryName(reference)!;
        var bad = HostileSubmissions.WriteBadFiles(folder);
        var submissions = bad.Select(n => (Path.Combine(folder, n + ".ipynb"), n)).Append((reference, "zz-reference")).ToList();
        await using var grader = new SubmissionGrader(_tiny.Assignment);
        var output = Path.Combine(_tiny.Root, "out");
        var results = await BatchGrader.GradeAsync(grader, submissions, output, parallelism: 2, includeExecutionTime: false);
        Assert.Equal(5, results.Single(r => r.Name == "zz-reference").Score);
        foreach (var name in bad)
        {
            var result = results.Single(r => r.Name == name);
            Assert.Equal(0, result.Score);
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(output, name, "results.json")))!;
            Assert.Contains("could not be graded", json["output"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Processes_a_submission_leaves_behind_are_killed()
    {
        var marker = "4242." + Random.Shared.Next(100_000, 999_999);
        try
        {
            var result = await GradeAsync(_tiny.Submission("orphan", q1: Attacks.Orphan(marker), q2: TinyAssignment.SquareAnswer));
            Assert.Equal(5, result.Score);
            Assert.Empty(HostileSubmissions.ProcessesWith("sleep " + marker));
        }
        finally
        {
            foreach (var pid in HostileSubmissions.ProcessesWith("sleep " + marker))
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }
        }
    }

    [Fact]
    public async Task A_huge_output_is_bounded_and_the_tests_still_run()
    {
        var result = await GradeAsync(_tiny.Submission("loud", q1: "Console.Write(new string('x', 40_000_000));\n" + TinyAssignment.DoubleAnswer, q2: TinyAssignment.SquareAnswer));
        Assert.Equal(5, result.Score);
    }

    // 6. Hidden stays hidden.
    [Fact]
    public async Task A_hidden_tests_input_does_not_reach_results_or_feedback()
    {
        var path = _tiny.Submission("leak", q1: Attacks.LeakHiddenInput, q2: TinyAssignment.SquareAnswer);
        await using var grader = new SubmissionGrader(_tiny.Assignment);
        var output = Path.Combine(_tiny.Root, "out");
        var results = await BatchGrader.GradeAsync(grader, [(path, "leak")], output, 1, false);
        Assert.Equal(3, results[0].Score);
        Assert.Equal("Your code threw System.InvalidOperationException during this hidden test.", results[0].Tests[1].Output);
        foreach (var file in new[] { "results.json", "feedback.md" })
        {
            var text = File.ReadAllText(Path.Combine(output, "leak", file));
            Assert.DoesNotContain("hidden input was", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Double(21)", text, StringComparison.Ordinal);
        }
    }

    private async Task<SubmissionResult> GradeAsync(string path, GradingOptions? options = null)
    {
        await using var grader = new SubmissionGrader(_tiny.Assignment, options);
        var result = await grader.GradeAsync(path);
        GradescopeSchema.AssertValid(GradescopeResults.Serialize(result, includeExecutionTime: true));
        return result;
    }
}
