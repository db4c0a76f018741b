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

        // Leftovers of a "crashed" session: labelled, never cleaned up by their creator.
        var leftover = await client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = LabImage.Name, Cmd = ["sleep", "300"], Labels = LabLabels.For(crashed) });
        await client.Containers.StartContainerAsync(leftover.ID);
        await client.Networks.CreateNetworkAsync(new NetworksCreateParameters { Name = $"virtlab-{crashed}-net", Labels = LabLabels.For(crashed) });
        await client.Volumes.CreateAsync(new VolumesCreateParameters { Name = $"virtlab-{crashed}-vol", Labels = LabLabels.For(crashed) });

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
}
