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

        var result = await GradeAsync(_tiny.Reference());
        Assert.Equal(5, result.Score);
        using var client = await DockerConnection.ConnectAsync();
        var left = await client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = LabLabels.Filter($"{LabLabels.Role}={DockerWorkerProcess.RoleValue}") });
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
