using System.Formats.Tar;
using System.Text;
using VirtLab.Containers;
using VirtLab.Containers.Lab;
using VirtLab.Containers.Models;

namespace VirtLab.IntegrationTests.Containers;

[Collection(DockerCollection.Name)]
public sealed class ImageOperationsTests(DockerFixture fixture)
{
    private IDockerClient Client => fixture.Client;

    private static MemoryStream Context(string dockerfile)
    {
        var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, leaveOpen: true))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "Dockerfile") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(dockerfile)) });
        }

        tar.Position = 0;
        return tar;
    }

    [DockerFact]
    public async Task Builds_lists_inspects_tags_and_removes()
    {
        var tag = $"virtlab-test/built:{fixture.Lab.SessionId}";
        var lines = new List<string>();
        var id = await Client.Images.BuildImageFromDockerfileAsync(
            new ImageBuildParameters { Tags = [tag], Labels = fixture.Labels, Remove = true, ForceRemove = true },
            Context($"FROM {LabImage.Name}\nRUN echo built > /built.txt\n"),
            new SynchronousProgress<JSONMessage>(m => lines.Add(m.Stream ?? m.Status ?? string.Empty)));
        Assert.StartsWith("sha256:", id);
        Assert.Contains(lines, l => l.StartsWith("Step 2/", StringComparison.Ordinal) && l.Contains("RUN echo built", StringComparison.Ordinal));

        var inspect = await Client.Images.InspectImageAsync(tag);
        Assert.Equal(id, inspect.ID);
        var listed = await Client.Images.ListImagesAsync(new ImagesListParameters { Filters = LabLabels.Filter($"{LabLabels.Session}={fixture.Lab.SessionId}") });
        Assert.Contains(listed, i => i.ID == id);

        await Client.Images.TagImageAsync(tag, new ImageTagParameters { RepositoryName = "virtlab-test/retagged", Tag = fixture.Lab.SessionId });
        Assert.Equal(id, (await Client.Images.InspectImageAsync($"virtlab-test/retagged:{fixture.Lab.SessionId}")).ID);

        var deleted = await Client.Images.DeleteImageAsync(id, new ImageDeleteParameters { Force = true });
        Assert.Contains(deleted, d => d.ContainsKey("Deleted"));
        await Assert.ThrowsAsync<DockerImageNotFoundException>(() => Client.Images.InspectImageAsync(tag));
    }

    [DockerFact]
    public async Task A_failed_build_step_throws_with_the_engines_message()
    {
        var ex = await Assert.ThrowsAsync<DockerApiException>(() => Client.Images.BuildImageFromDockerfileAsync(
            new ImageBuildParameters { Labels = fixture.Labels, Remove = true, ForceRemove = true },
            Context($"FROM {LabImage.Name}\nRUN exit 7\n")));
        Assert.Contains("non-zero code: 7", ex.Message);

        var syntax = await Assert.ThrowsAsync<DockerApiException>(() => Client.Images.BuildImageFromDockerfileAsync(
            new ImageBuildParameters(), Context("FROMM nothing\n")));
        Assert.Contains("unknown instruction", syntax.Message, StringComparison.OrdinalIgnoreCase);
    }

    [DockerFact]
    public async Task Snapshot_by_commit_and_backup_by_export_and_import_keep_the_change()
    {
        await using var lab = await fixture.NewSessionAsync();
        var box = await lab.RunAsync("sh", "-c", "echo 'state 42' > /data/state.txt && sleep 300");
        await WaitForFileAsync(box, "/data/state.txt");

        var snapshot = await lab.CommitAsync(box, "virtlab-test/snapshot", lab.SessionId);
        var fromSnapshot = await lab.RunAsync(new LabContainerOptions { Image = snapshot, Command = ["cat", "/data/state.txt"] });
        await Client.Containers.WaitContainerAsync(fromSnapshot.Id);
        Assert.Equal("state 42\n", await lab.LogsAsync(fromSnapshot));

        string restored;
        await using (var export = await Client.Containers.ExportContainerAsync(box.Id))
        {
            // The engine wants the whole tar; buffer it so the import is a normal upload.
            using var copy = new MemoryStream();
            await export.CopyToAsync(copy);
            Assert.True(copy.Length > 500_000, $"export is only {copy.Length} bytes");
            copy.Position = 0;
            restored = await lab.ImportAsync(copy, "virtlab-test/restored", lab.SessionId, ["CMD [\"sh\"]", "ENV PATH=/bin"]);
        }

        var fromBackup = await lab.RunAsync(new LabContainerOptions { Image = restored, Command = ["cat", "/data/state.txt"] });
        await Client.Containers.WaitContainerAsync(fromBackup.Id);
        Assert.Equal("state 42\n", await lab.LogsAsync(fromBackup));
    }

    private async Task WaitForFileAsync(LabContainer box, string path)
    {
        for (var i = 0; i < 100; i++)
        {
            if ((await Client.Exec.RunAsync(box.Id, ["test", "-f", path])).ExitCode == 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{path} never appeared in {box.Name}.");
    }
}

/// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
