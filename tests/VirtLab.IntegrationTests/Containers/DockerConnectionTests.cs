using System.Diagnostics;
using Docker.DotNet.Models;
using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

/// <summary><see cref="DockerConnection"/> against the real engine, over its Unix socket and over TCP.</summary>
[Collection(DockerCollection.Name)]
public sealed class DockerConnectionTests(DockerFixture fixture)
{
    private const string Socket = "/var/run/docker.sock";

    [DockerFact]
    public async Task Negotiates_the_engines_api_version_over_the_unix_socket()
    {
        using var client = await DockerConnection.ConnectAsync(new Uri($"unix://{Socket}"));
        await AssertNegotiatedAndWorkingAsync(client);
    }

    [DockerFact]
    public async Task Negotiates_the_engines_api_version_over_tcp()
    {
        await using var forwarder = new TcpToUnixForwarder(Socket);
        using var client = await DockerConnection.ConnectAsync(forwarder.Endpoint);
        Assert.Equal(forwarder.Endpoint, client.Options.Endpoint);
        await AssertNegotiatedAndWorkingAsync(client);
        Assert.True(forwarder.Connections > 0, "the calls did not go through the TCP endpoint");
    }

    [DockerFact]
    public async Task Honours_DOCKER_HOST()
    {
        await using var forwarder = new TcpToUnixForwarder(Socket);
        var before = Environment.GetEnvironmentVariable("DOCKER_HOST");
        Environment.SetEnvironmentVariable("DOCKER_HOST", forwarder.Endpoint.ToString());
        try
        {
            using var client = await DockerConnection.ConnectAsync();
            Assert.Equal(forwarder.Endpoint, client.Options.Endpoint);
            await client.System.PingAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOCKER_HOST", before);
        }
    }

    [DockerFact]
    public async Task A_wrong_socket_or_port_is_reported_as_unreachable_fast_with_the_fix()
    {
        foreach (var endpoint in new[] { new Uri("unix:///tmp/virtlab-no-engine-here.sock"), new Uri("tcp://127.0.0.1:1") })
        {
            var watch = Stopwatch.StartNew();
            var ex = await Assert.ThrowsAsync<DockerUnreachableException>(() => DockerConnection.ConnectAsync(endpoint));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{endpoint} took {watch.Elapsed}");
            Assert.Equal(endpoint, ex.Endpoint);
            Assert.Contains("setup.sh", ex.Message);
        }
    }

    private async Task AssertNegotiatedAndWorkingAsync(Docker.DotNet.DockerClient client)
    {
        var engine = await client.System.GetVersionAsync();
        var expected = DockerConnection.Negotiate(System.Version.Parse(engine.APIVersion));
        Assert.Equal(expected, client.Options.ApiVersion);
        Assert.True(client.Options.ApiVersion >= DockerConnection.MinimumApiVersion);

        // A versioned call the engine would refuse with 400 if the version were outside its range.
        var mine = await client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = LabLabels.Filter($"{LabLabels.Session}={fixture.Lab.SessionId}"),
        });
        Assert.All(mine, c => Assert.Equal(fixture.Lab.SessionId, c.Labels[LabLabels.Session]));
    }
}
