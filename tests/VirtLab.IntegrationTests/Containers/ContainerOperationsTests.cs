using System.Diagnostics;
using System.Formats.Tar;
using System.Text;
using VirtLab.Containers;
using VirtLab.Containers.Lab;
using VirtLab.Containers.Models;

namespace VirtLab.IntegrationTests.Containers;

[Collection(DockerCollection.Name)]
public sealed class ContainerOperationsTests(DockerFixture fixture)
{
    private IDockerClient Client => fixture.Client;

    private async Task<string> CreateAsync(params string[] command)
    {
        var created = await Client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = LabImage.Name,
            Cmd = command,
            Labels = fixture.Labels,
            HostConfig = new HostConfig { Init = true },
        });
        return created.ID;
    }

    [DockerFact]
    public async Task System_reports_version_info_and_answers_ping()
    {
        await Client.System.PingAsync();
        var version = await Client.System.GetVersionAsync();
        var info = await Client.System.GetSystemInfoAsync();
        Assert.False(string.IsNullOrEmpty(version.APIVersion));
        Assert.True(info.NCPU >= 1);
        Assert.Contains(info.CgroupVersion, new[] { "1", "2" });
        Assert.True(((DockerClient)Client).ApiVersion >= DockerClient.MinimumApiVersion);
    }

    [DockerFact]
    public async Task Walks_the_whole_lifecycle()
    {
        var id = await CreateAsync("sleep", "300");
        Assert.Equal("created", (await Client.Containers.InspectContainerAsync(id)).State!.Status);

        Assert.True(await Client.Containers.StartContainerAsync(id));
        Assert.False(await Client.Containers.StartContainerAsync(id)); // 304: already running
        var running = await Client.Containers.InspectContainerAsync(id);
        Assert.True(running.State!.Running);
        Assert.True(running.State.Pid > 0);

        await Client.Containers.PauseContainerAsync(id);
        Assert.True((await Client.Containers.InspectContainerAsync(id)).State!.Paused);
        await Client.Containers.UnpauseContainerAsync(id);
        Assert.False((await Client.Containers.InspectContainerAsync(id)).State!.Paused);

        Assert.True(await Client.Containers.StopContainerAsync(id, new ContainerStopParameters { WaitBeforeKillSeconds = 1 }));
        Assert.False(await Client.Containers.StopContainerAsync(id)); // 304: already stopped
        Assert.False((await Client.Containers.InspectContainerAsync(id)).State!.Running);

        await Client.Containers.RestartContainerAsync(id, new ContainerRestartParameters { WaitBeforeKillSeconds = 1 });
        Assert.True((await Client.Containers.InspectContainerAsync(id)).State!.Running);

        var wait = Client.Containers.WaitContainerAsync(id);
        await Client.Containers.KillContainerAsync(id);
        Assert.Equal(137, (await wait).StatusCode);

        var listed = await Client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = LabLabels.Filter($"{LabLabels.Session}={fixture.Lab.SessionId}") });
        Assert.Contains(listed, c => c.ID == id);

        await Client.Containers.RemoveContainerAsync(id);
        await Assert.ThrowsAsync<DockerContainerNotFoundException>(() => Client.Containers.InspectContainerAsync(id));
    }

    [DockerFact]
    public async Task Errors_are_typed_and_carry_the_engines_message()
    {
        var missing = await Assert.ThrowsAsync<DockerContainerNotFoundException>(() => Client.Containers.StopContainerAsync("virtlab-no-such-container"));
        Assert.Equal("virtlab-no-such-container", missing.Name);

        var id = await CreateAsync("sleep", "300");
        await Client.Containers.StartContainerAsync(id);
        var conflict = await Assert.ThrowsAsync<DockerConflictException>(() => Client.Containers.RemoveContainerAsync(id));
        Assert.Contains("running", conflict.Message, StringComparison.OrdinalIgnoreCase);
        await Client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true });

        await Assert.ThrowsAsync<DockerImageNotFoundException>(() => Client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = "virtlab/no-such-image:0" }));
    }

    [DockerFact]
    public async Task A_wrong_socket_is_reported_as_unreachable_fast()
    {
        using var client = new DockerClient(new DockerClientConfiguration("unix:///tmp/virtlab-no-engine-here.sock"));
        var watch = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<DockerUnreachableException>(() => client.System.PingAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Contains("setup.sh", ex.Message);
    }

    [DockerFact]
    public async Task Logs_separate_stdout_from_stderr()
    {
        var id = await CreateAsync("sh", "-c", "echo out1; echo err1 >&2; echo out2");
        await Client.Containers.StartContainerAsync(id);
        Assert.Equal(0, (await Client.Containers.WaitContainerAsync(id)).StatusCode);
        using var logs = await Client.Containers.GetContainerLogsAsync(id, tty: false, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true });
        var (stdout, stderr) = await logs.ReadOutputToEndAsync();
        Assert.Equal("out1\nout2\n", stdout);
        Assert.Equal("err1\n", stderr);
        await Assert.ThrowsAsync<ArgumentException>(() => Client.Containers.GetContainerLogsAsync(id, false, new ContainerLogsParameters()));
    }

    [DockerFact]
    public async Task Exec_captures_output_and_exit_code()
    {
        var id = await CreateAsync("sleep", "300");
        await Client.Containers.StartContainerAsync(id);
        var result = await Client.Exec.RunAsync(id, ["sh", "-c", "echo hello; echo oops >&2; exit 3"]);
        Assert.Equal("hello\n", result.Stdout);
        Assert.Equal("oops\n", result.Stderr);
        Assert.Equal(3, result.ExitCode);

        await Client.Containers.KillContainerAsync(id);
        await Client.Containers.WaitContainerAsync(id);
        await Assert.ThrowsAsync<DockerConflictException>(() => Client.Exec.RunAsync(id, ["true"]));
    }

    [DockerFact]
    public async Task Copies_files_in_and_out()
    {
        var id = await CreateAsync("sleep", "300");
        await Client.Containers.StartContainerAsync(id);
        using var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, leaveOpen: true))
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "hello.txt") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes("hello from C#\n")) });
        }

        tar.Position = 0;
        await Client.Containers.ExtractArchiveToContainerAsync(id, "/tmp", tar);
        Assert.Equal("hello from C#\n", (await Client.Exec.RunAsync(id, ["cat", "/tmp/hello.txt"])).Stdout);

        using var archive = await Client.Containers.GetArchiveFromContainerAsync(id, "/tmp/hello.txt");
        Assert.Equal("hello.txt", archive.Stat!.Name);
        Assert.Equal(14, archive.Stat.Size);
        using var reader = new TarReader(archive.Stream);
        var entry = await reader.GetNextEntryAsync();
        Assert.Equal("hello from C#\n", new StreamReader(entry!.DataStream!).ReadToEnd());

        await Assert.ThrowsAsync<DockerContainerNotFoundException>(() => Client.Containers.GetArchiveFromContainerAsync(id, "/no/such/file"));
        await Client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true });
    }

    [DockerFact]
    public async Task Stats_give_one_sample_and_a_stream()
    {
        var id = await CreateAsync("sleep", "300");
        await Client.Containers.StartContainerAsync(id);
        var one = await Client.Containers.GetContainerStatsAsync(id);
        Assert.True(one.MemoryStats!.Usage > 0);
        Assert.True(one.CpuStats!.SystemUsage > 0);

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var samples = new List<ContainerStatsResponse>();
        await foreach (var s in Client.Containers.StreamContainerStatsAsync(id, cts.Token))
        {
            samples.Add(s);
            if (samples.Count == 2)
            {
                break;
            }
        }

        Assert.True(samples[1].Read > samples[0].Read);
        await Client.Containers.UpdateContainerAsync(id, new ContainerUpdateParameters { CpuShares = 2048 });
        Assert.Equal(2048, (await Client.Containers.InspectContainerAsync(id)).HostConfig!.CpuShares);
        await Client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true });
    }

    [DockerFact]
    public async Task Events_report_the_lifecycle_of_a_labelled_container()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeSeconds();
        var id = await CreateAsync("true");
        await Client.Containers.StartContainerAsync(id);
        await Client.Containers.WaitContainerAsync(id);
        var until = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeSeconds();
        await Task.Delay(1200);
        var actions = new List<string>();
        await foreach (var e in Client.System.MonitorEventsAsync(new ContainerEventsParameters
        {
            Since = since.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Until = until.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["container"] = new Dictionary<string, bool> { [id] = true } },
        }))
        {
            actions.Add(e.Action!);
        }

        Assert.Equal(["create", "start", "die"], actions.Where(a => a is "create" or "start" or "die").ToArray());
        await Client.Containers.RemoveContainerAsync(id);
    }
}
