using Docker.DotNet;
using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

/// <summary><see cref="LabSession.CommitAsync"/> and <see cref="LabSession.ImportAsync"/>: the lesson's snapshot and backup.</summary>
[Collection(DockerCollection.Name)]
public sealed class LabSnapshotTests(DockerFixture fixture)
{
    private DockerClient Client => fixture.Client;

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
            if ((await DockerExec.RunAsync(Client, box.Id, ["test", "-f", path])).ExitCode == 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{path} never appeared in {box.Name}.");
    }
}
