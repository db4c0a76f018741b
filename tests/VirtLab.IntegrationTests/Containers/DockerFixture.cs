using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

/// <summary>One engine connection and lab session for the Docker tests; on dispose it asserts that nothing VirtLab-labelled is left.</summary>
public sealed class DockerFixture : IAsyncLifetime
{
    private LabSession? _lab;

    public LabSession Lab => _lab ?? throw new InvalidOperationException(
        "The Docker engine was not reachable when the tests started. Run environment/setup.sh (it installs and starts dockerd), or set VIRTLAB_SKIP_DOCKER=1 to skip these tests on purpose.");

    public DockerClient Client => Lab.Client;

    /// <summary>
    /// A lab session of its own for one test, on the shared connection: the test counts and cleans up only what
    /// it made (dispose it with <c>await using</c>, which removes its containers even when an assertion fails).
    /// </summary>
    public Task<LabSession> NewSessionAsync() => LabSession.StartAsync(Client);

    /// <summary>Labels for resources a test creates through the raw client.</summary>
    public Dictionary<string, string> Labels => new(Lab.Labels);

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("VIRTLAB_SKIP_DOCKER") == "1")
        {
            return;
        }

        _lab = await LabSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_lab is null)
        {
            return;
        }

        var client = await DockerConnection.ConnectAsync();
        try
        {
            await _lab.DisposeAsync();
            var filter = LabLabels.Filter($"{LabLabels.Session}={_lab.SessionId}");
            var containers = await client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = filter });
            var images = await client.Images.ListImagesAsync(new ImagesListParameters { Filters = filter });
            var networks = await client.Networks.ListNetworksAsync(new NetworksListParameters { Filters = filter });
            var volumes = await client.Volumes.ListAsync(new VolumesListParameters { Filters = filter });
            var left = containers.Count + images.Count + networks.Count + (volumes.Volumes?.Count ?? 0);
            if (left > 0)
            {
                throw new InvalidOperationException($"The lab session left {containers.Count} container(s), {images.Count} image(s), {networks.Count} network(s), {volumes.Volumes?.Count ?? 0} volume(s) behind.");
            }
        }
        finally
        {
            client.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DockerCollection : ICollectionFixture<DockerFixture>
{
    public const string Name = "Docker engine";
}
