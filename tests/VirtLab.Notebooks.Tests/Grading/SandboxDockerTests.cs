using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Containers;
using VirtLab.Containers.Lab;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

/// <summary>
/// Grading with <c>--sandbox docker</c> on the real engine: what a container adds over a process (no network, no
/// view of the instructor's files, process and memory limits). Fails loudly when the engine or the lab image is
/// missing, unless VIRTLAB_SKIP_DOCKER=1.
/// </summary>
public sealed class SandboxDockerTests : IDisposable
{
    private readonly TinyAssignment _tiny = new();

    public void Dispose() => _tiny.Dispose();

    [Fact]
    public async Task Reference_answers_score_full_marks_in_the_container_and_it_is_removed()
    {
        if (Skip())
        {
            return;
        }

        string session;
        await using (var grader = new SubmissionGrader(_tiny.Assignment, new GradingOptions { Sandbox = SandboxKind.Docker }))
        {
            session = grader.SessionId;
            var result = await grader.GradeAsync(_tiny.Reference());
            Assert.Equal(5, result.Score);
        }

        // Only this grader's containers: other graders on the shared engine may be running.
        using var client = await DockerConnection.ConnectAsync();
        var left = await client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = LabLabels.Filter($"{LabLabels.Session}={session}") });
        Assert.Empty(left);
    }

    [Fact]
    public async Task The_instructor_notebook_is_not_visible_even_by_absolute_path()
    {
        if (Skip())
        {
            return;
        }

        var result = await GradeAsync(_tiny.Submission("thief", q1: Attacks.ReadHiddenTests(_tiny.InstructorPath), q2: TinyAssignment.SquareAnswer));
        SubmissionGraderTests.AssertOnlyQ2Passed(result);
    }

    [Fact]
    public async Task Network_connections_fail_inside_the_sandbox()
    {
        if (Skip())
        {
            return;
        }

        var result = await GradeAsync(_tiny.Submission("network", q1: Attacks.Network, q2: TinyAssignment.SquareAnswer));
        SubmissionGraderTests.AssertOnlyQ2Passed(result);
        Assert.Contains("SocketException: Network is unreachable", result.Tests[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spawning_processes_in_a_loop_hits_the_pids_limit()
    {
        if (Skip())
        {
            return;
        }

        var result = await GradeAsync(_tiny.Submission("forks", q1: Attacks.SpawnProcesses, q2: TinyAssignment.SquareAnswer), new GradingOptions { Sandbox = SandboxKind.Docker, PidsLimit = 64, CellTimeout = TimeSpan.FromSeconds(20) });
        SubmissionGraderTests.AssertOnlyQ2Passed(result);
        Assert.Contains("Resource temporarily unavailable", result.Tests[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unbounded_allocation_is_stopped_by_the_container_limits()
    {
        if (Skip())
        {
            return;
        }

        var result = await GradeAsync(_tiny.Submission("hoard", q1: Attacks.UnboundedAllocation, q2: TinyAssignment.SquareAnswer), new GradingOptions { Sandbox = SandboxKind.Docker, MemoryBytes = 384L << 20 });
        SubmissionGraderTests.AssertOnlyQ2Passed(result);
        Assert.True(
            result.Tests[0].Output.StartsWith("Ran out of memory", StringComparison.Ordinal) || result.Tests[0].Output.Contains("memory limit", StringComparison.Ordinal),
            result.Tests[0].Output);
    }

    [Fact]
    public async Task Environment_exit_in_the_container_is_graded_like_a_crash()
    {
        if (Skip())
        {
            return;
        }

        var result = await GradeAsync(_tiny.Submission("exit", q1: Attacks.ExitZero, q2: TinyAssignment.SquareAnswer));
        SubmissionGraderTests.AssertOnlyQ2Passed(result);
        Assert.Contains("exit code 0", result.Tests[0].Output, StringComparison.Ordinal);
    }

    // Issue #15's hostile submissions, in the container.
    [Fact]
    public async Task A_value_equal_to_everything_earns_nothing_in_the_container()
    {
        if (Skip())
        {
            return;
        }

        SubmissionGraderTests.AssertOnlyQ2Passed(await GradeAsync(_tiny.Submission("any", q1: Attacks.EqualToEverything, q2: TinyAssignment.SquareAnswer)));
    }

    [Fact]
    public async Task A_student_class_named_like_the_library_cannot_supply_the_expected_values_in_the_container()
    {
        if (Skip())
        {
            return;
        }

        var assignment = Assignment.Load(TestRewriterTests.HomeworkPath("allocation"));
        await using var grader = new SubmissionGrader(assignment, new GradingOptions { Sandbox = SandboxKind.Docker });
        var result = await grader.GradeAsync(HostileSubmissions.ShadowingAllocation(Path.Combine(_tiny.Root, "alloc")));
        Assert.False(result.Tests.Single(t => t.GradeId == "q1-hidden").Passed);
        Assert.True(result.Tests.Single(t => t.GradeId == "q1-visible").Passed, string.Join("\n", result.Problems));
    }

    [Fact]
    public async Task The_worker_socket_takes_no_second_connection_in_the_container()
    {
        if (Skip())
        {
            return;
        }

        SubmissionGraderTests.AssertOnlyQ2Passed(await GradeAsync(_tiny.Submission("socket", q1: Attacks.ConnectToWorkerSockets, q2: TinyAssignment.SquareAnswer)));
    }

    [Fact]
    public async Task A_reference_to_the_instructor_folder_is_refused_and_nothing_of_it_is_mounted()
    {
        if (Skip())
        {
            return;
        }

        var path = _tiny.Submission("mount", q1: Attacks.ReadHiddenTests(_tiny.InstructorPath), q2: TinyAssignment.SquareAnswer);
        HostileSubmissions.InsertCell(path, $"#r \"{_tiny.InstructorPath}\"");
        var result = await GradeAsync(path);
        SubmissionGraderTests.AssertOnlyQ2Passed(result);
        Assert.Contains(result.Problems, p => p.Contains("was refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_symlink_to_the_instructor_notebook_scores_zero_in_the_container()
    {
        if (Skip())
        {
            return;
        }

        var link = Path.Combine(_tiny.Root, "submissions", "link.ipynb");
        File.CreateSymbolicLink(link, _tiny.InstructorPath);
        var result = await GradeAsync(link);
        Assert.Equal(0, result.Score);
    }

    [Fact]
    public async Task Malformed_notebooks_score_zero_and_the_batch_goes_on_in_the_container()
    {
        if (Skip())
        {
            return;
        }

        var reference = _tiny.Reference("zz-reference");
        var folder = Path.GetDirectoryName(reference)!;
        var bad = HostileSubmissions.WriteBadFiles(folder);
        var submissions = bad.Select(n => (Path.Combine(folder, n + ".ipynb"), n)).Append((reference, "zz-reference")).ToList();
        await using var grader = new SubmissionGrader(_tiny.Assignment, new GradingOptions { Sandbox = SandboxKind.Docker });
        var results = await BatchGrader.GradeAsync(grader, submissions, Path.Combine(_tiny.Root, "out"), parallelism: 2, includeExecutionTime: false);
        Assert.Equal(5, results.Single(r => r.Name == "zz-reference").Score);
        Assert.All(results.Where(r => r.Name != "zz-reference"), r => Assert.Equal(0, r.Score));
    }

    [Fact]
    public async Task A_hidden_tests_input_does_not_reach_the_feedback_in_the_container()
    {
        if (Skip())
        {
            return;
        }

        var result = await GradeAsync(_tiny.Submission("leak", q1: Attacks.LeakHiddenInput, q2: TinyAssignment.SquareAnswer));
        Assert.Equal(3, result.Score);
        Assert.DoesNotContain("hidden input was", FeedbackPage.Render(result, _tiny.Assignment), StringComparison.Ordinal);
        Assert.DoesNotContain("hidden input was", GradescopeResults.Serialize(result, includeExecutionTime: false), StringComparison.Ordinal);
    }

    private static bool Skip()
    {
        if (Environment.GetEnvironmentVariable("VIRTLAB_SKIP_DOCKER") == "1")
        {
            return true;
        }

        try
        {
            using var client = DockerConnection.ConnectAsync().GetAwaiter().GetResult();
            client.Images.InspectImageAsync(LabImage.Name).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is DockerUnreachableException or DockerImageNotFoundException or HttpRequestException)
        {
            throw new InvalidOperationException(
                $"Docker sandbox tests need the Docker engine and the lab image ({e.Message}). Start the engine and run './virtlab lab build' (environment/setup.sh does), or set VIRTLAB_SKIP_DOCKER=1 to skip them.", e);
        }

        return false;
    }

    private async Task<SubmissionResult> GradeAsync(string path, GradingOptions? options = null)
    {
        await using var grader = new SubmissionGrader(_tiny.Assignment, options ?? new GradingOptions { Sandbox = SandboxKind.Docker });
        return await grader.GradeAsync(path);
    }
}
