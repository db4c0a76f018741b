using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

[Collection(DockerCollection.Name)]
public sealed class CleanCommandTests(DockerFixture fixture)
{
    [DockerFact]
    public async Task Clean_removes_labelled_leftovers_and_never_anything_else()
    {
        var client = fixture.Client;
        var crashed = $"crashed{fixture.Lab.SessionId}";

        // Leftovers of a "crashed" session: labelled, never cleaned up by their creator, a process that has exited.
        var dead = LabLabels.For(crashed);
        dead[LabLabels.Creator] = DeadCreator();
        var leftover = await client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = LabImage.Name, Cmd = ["sleep", "300"], Labels = dead });
        await client.Containers.StartContainerAsync(leftover.ID);
        await client.Networks.CreateNetworkAsync(new NetworksCreateParameters { Name = $"virtlab-{crashed}-net", Labels = dead });
        await client.Volumes.CreateAsync(new VolumesCreateParameters { Name = $"virtlab-{crashed}-vol", Labels = dead });

        // A session that is still running (this test process): kept by a plain clean.
        await using var live = await fixture.NewSessionAsync();
        var running = await live.RunAsync("sleep", "300");

        // Someone else's things: an image without VirtLab's labels (imported from an export) and a container of it.
        string foreignImage;
        await using (var export = await client.Containers.ExportContainerAsync(leftover.ID))
        {
            using var copy = new MemoryStream();
            await export.CopyToAsync(copy);
            copy.Position = 0;
            await client.Images.CreateImageAsync(new ImagesCreateParameters { FromSrc = "-", Repo = "someone-else/app", Tag = crashed, Changes = ["ENV PATH=/bin"] }, copy, null, new Progress<JSONMessage>());
            foreignImage = (await client.Images.InspectImageAsync($"someone-else/app:{crashed}")).ID;
        }

        var foreign = await client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = foreignImage, Cmd = ["sleep", "300"], Labels = new Dictionary<string, string> { ["owner"] = "someone-else" } });
        var foreignNetwork = await client.Networks.CreateNetworkAsync(new NetworksCreateParameters { Name = $"someone-else-{crashed}" });
        try
        {
            var exit = await VirtLab.Cli.Program.RunAsync(["clean"]);
            Assert.Equal(0, exit);

            await Assert.ThrowsAsync<DockerContainerNotFoundException>(() => client.Containers.InspectContainerAsync(leftover.ID));
            await Assert.ThrowsAsync<DockerNetworkNotFoundException>(() => client.Networks.InspectNetworkAsync($"virtlab-{crashed}-net"));
            Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<DockerApiException>(() => client.Volumes.InspectAsync($"virtlab-{crashed}-vol"))).StatusCode);

            Assert.True((await client.Containers.InspectContainerAsync(running.Id)).State!.Running, "clean must keep a running session's containers");
            Assert.Equal(foreign.ID, (await client.Containers.InspectContainerAsync(foreign.ID)).ID);
            Assert.Equal(foreignImage, (await client.Images.InspectImageAsync(foreignImage)).ID);
            Assert.NotNull(await client.Networks.InspectNetworkAsync(foreignNetwork.ID));
            Assert.True(await LabImage.ExistsAsync(client), "clean must keep the lab image");
        }
        finally
        {
            await client.Containers.RemoveContainerAsync(foreign.ID, new ContainerRemoveParameters { Force = true });
            await client.Images.DeleteImageAsync(foreignImage, new ImageDeleteParameters { Force = true });
            await client.Networks.DeleteNetworkAsync(foreignNetwork.ID);
        }
    }

    [DockerFact]
    public async Task Without_keeping_live_sessions_cleanup_removes_what_a_running_session_made()
    {
        // What 'virtlab clean --all' does, scoped to one session so that other runs on this engine are not disturbed.
        await using var live = await fixture.NewSessionAsync();
        var running = await live.RunAsync("sleep", "300");
        var filter = $"{LabLabels.Session}={live.SessionId}";

        var kept = await LabCleanup.RemoveAsync(fixture.Client, filter, keepLiveSessions: true);
        Assert.Equal([running.Name], kept.Kept);
        Assert.Equal(0, kept.Total);

        var removed = await LabCleanup.RemoveAsync(fixture.Client, filter, keepLiveSessions: false);
        Assert.Equal([running.Name], removed.Containers);
        await Assert.ThrowsAsync<DockerContainerNotFoundException>(() => fixture.Client.Containers.InspectContainerAsync(running.Id));
    }

    // A pid above Linux's pid_max (4 194 304) on this machine: no such process can be running.
    private static string DeadCreator() => LabCreator.Format(Environment.MachineName, 999_999_999, 0);
}
