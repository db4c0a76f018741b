using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

[Collection(DockerCollection.Name)]
public sealed class NetworkAndVolumeTests(DockerFixture fixture)
{
    private DockerClient Client => fixture.Client;

    [DockerFact]
    public async Task Two_containers_on_a_user_network_talk_by_name()
    {
        await using var lab = await fixture.NewSessionAsync();
        var network = await lab.CreateNetworkAsync();
        var inspect = await Client.Networks.InspectNetworkAsync(network);
        Assert.Equal("bridge", inspect.Driver);
        Assert.Contains(await Client.Networks.ListNetworksAsync(new NetworksListParameters { Filters = LabLabels.Filter($"{LabLabels.Session}={lab.SessionId}") }), n => n.Name == network);

        var serverName = $"virtlab-{lab.SessionId}-server";
        var server = await lab.RunAsync(new LabContainerOptions { Name = serverName, Network = network, Command = ["sh", "-c", "echo 'hello by name' > /www/index.html && httpd -f -p 80 -h /www"] });
        var client = await lab.RunAsync(new LabContainerOptions { Command = ["sleep", "300"] });
        await Client.Networks.ConnectNetworkAsync(network, new NetworkConnectParameters { Container = client.Id });

        ExecResult fetched = new() { Stdout = string.Empty, Stderr = string.Empty, ExitCode = -1 };
        for (var i = 0; i < 50 && fetched.ExitCode != 0; i++)
        {
            fetched = await lab.ExecAsync(client, "wget", "-q", "-O-", $"http://{serverName}/");
            await Task.Delay(fetched.ExitCode == 0 ? 0 : 100);
        }

        Assert.Equal("hello by name\n", fetched.Stdout);
        await Client.Networks.DisconnectNetworkAsync(network, new NetworkDisconnectParameters { Container = client.Id, Force = true });
        Assert.NotEqual(0, (await lab.ExecAsync(client, "wget", "-q", "-T", "2", "-O-", $"http://{serverName}/")).ExitCode);

        await Client.Containers.RemoveContainerAsync(server.Id, new ContainerRemoveParameters { Force = true });
        await Client.Networks.DeleteNetworkAsync(network);
        await Assert.ThrowsAsync<DockerNetworkNotFoundException>(() => Client.Networks.InspectNetworkAsync(network));
    }

    [DockerFact]
    public async Task Data_in_a_volume_outlives_its_container()
    {
        await using var lab = await fixture.NewSessionAsync();
        var volume = await lab.CreateVolumeAsync();
        Assert.Equal("local", (await Client.Volumes.InspectAsync(volume)).Driver);
        var listed = await Client.Volumes.ListAsync(new VolumesListParameters { Filters = LabLabels.Filter($"{LabLabels.Session}={lab.SessionId}") });
        Assert.Contains(listed.Volumes!, v => v.Name == volume);

        var writer = new LabContainerOptions { Command = ["sh", "-c", "echo kept > /data/note.txt"] };
        writer.Binds.Add($"{volume}:/data");
        var first = await lab.RunAsync(writer);
        Assert.Equal(0, (await Client.Containers.WaitContainerAsync(first.Id)).StatusCode);

        var reader = new LabContainerOptions { Command = ["cat", "/data/note.txt"] };
        reader.Binds.Add($"{volume}:/data:ro");
        var second = await lab.RunAsync(reader);
        await Client.Containers.WaitContainerAsync(second.Id);
        Assert.Equal("kept\n", await lab.LogsAsync(second));

        Assert.Equal(HttpStatusCode.Conflict, (await Assert.ThrowsAsync<DockerApiException>(() => Client.Volumes.RemoveAsync(volume))).StatusCode); // in use
        await Client.Containers.RemoveContainerAsync(first.Id, new ContainerRemoveParameters());
        await Client.Containers.RemoveContainerAsync(second.Id, new ContainerRemoveParameters());
        await Client.Volumes.RemoveAsync(volume);
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<DockerApiException>(() => Client.Volumes.InspectAsync(volume))).StatusCode);
    }
}

[Collection(DockerCollection.Name)]
public sealed class LabSessionTests(DockerFixture fixture)
{
    [DockerFact]
    public async Task Measures_start_to_first_output_latency_of_real_containers()
    {
        await using var lab = await fixture.NewSessionAsync();
        var latencies = await lab.MeasureStartLatencyAsync(3);
        Assert.Equal(3, latencies.Count);
        Assert.All(latencies, ms => Assert.InRange(ms, 1, 60_000));
        var left = await fixture.Client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = LabLabels.Filter($"{LabLabels.Session}={lab.SessionId}") });
        Assert.Empty(left);
    }

    [DockerFact]
    public async Task Published_ports_serve_a_page_to_the_host()
    {
        await using var lab = await fixture.NewSessionAsync();
        var options = new LabContainerOptions { Command = ["sh", "-c", "echo '<h1>hi</h1>' > /www/index.html && httpd -f -p 80 -h /www"] };
        options.Ports[80] = 0;
        var web = await lab.RunAsync(options);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        string? page = null;
        for (var i = 0; i < 50 && page is null; i++)
        {
            try
            {
                page = await http.GetStringAsync(web.Url(80));
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal("<h1>hi</h1>\n", page);
        Assert.Throws<KeyNotFoundException>(() => web.Url(8080));
        Assert.True(await lab.MemoryUsageAsync(web) > 0);
        await fixture.Client.Containers.RemoveContainerAsync(web.Id, new ContainerRemoveParameters { Force = true });
    }
}
