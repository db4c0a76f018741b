using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

[Collection(DockerCollection.Name)]
public sealed class DockerExecTests(DockerFixture fixture)
{
    [DockerFact]
    public async Task Exec_returns_stdout_stderr_and_the_exit_code()
    {
        await using var lab = await fixture.NewSessionAsync();
        var box = await lab.RunAsync("sleep", "300");
        var result = await DockerExec.RunAsync(lab.Client, box.Id, ["sh", "-c", "echo hello; echo oops >&2; exit 3"]);
        Assert.Equal("hello\n", result.Stdout);
        Assert.Equal("oops\n", result.Stderr);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("hello\noops\n", result.ToString());
    }

    [DockerFact]
    public async Task Exec_in_a_stopped_container_is_a_conflict_and_the_lab_says_to_start_it()
    {
        await using var lab = await fixture.NewSessionAsync();
        var box = await lab.RunAsync("sleep", "300");
        await lab.Client.Containers.KillContainerAsync(box.Id, new ContainerKillParameters());
        await lab.Client.Containers.WaitContainerAsync(box.Id);

        var raw = await Assert.ThrowsAsync<DockerApiException>(() => DockerExec.RunAsync(lab.Client, box.Id, ["true"]));
        Assert.Equal(HttpStatusCode.Conflict, raw.StatusCode);
        var friendly = await Assert.ThrowsAsync<LabException>(() => lab.ExecAsync(box, "true"));
        Assert.Contains("is not running", friendly.Message);
        Assert.Contains("docker start", friendly.Message);
        Assert.Same(friendly.Engine, friendly.InnerException);
    }

    [DockerFact]
    public async Task Refuses_an_empty_command()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => DockerExec.RunAsync(fixture.Client, "any", []));
        Assert.Equal("command", ex.ParamName);
    }
}
