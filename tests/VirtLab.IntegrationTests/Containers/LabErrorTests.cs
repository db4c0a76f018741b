using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

/// <summary>The mistakes lesson 02 shows, made against the real engine: each message says what to do next.</summary>
[Collection(DockerCollection.Name)]
public sealed class LabErrorTests(DockerFixture fixture)
{
    [DockerFact]
    public async Task A_missing_image_says_how_to_get_one()
    {
        await using var lab = await fixture.NewSessionAsync();
        var ex = await Assert.ThrowsAsync<LabException>(() => lab.RunAsync(new LabContainerOptions { Image = "virtlab/no-such-image:0" }));
        Assert.Contains("No such image: virtlab/no-such-image:0", ex.Message);
        Assert.Contains("./virtlab lab build", ex.Message);
    }

    [DockerFact]
    public async Task A_name_in_use_says_to_choose_another()
    {
        await using var lab = await fixture.NewSessionAsync();
        var name = $"virtlab-{lab.SessionId}-taken";
        await lab.RunAsync(new LabContainerOptions { Name = name, Command = ["sleep", "300"] });
        var ex = await Assert.ThrowsAsync<LabException>(() => lab.RunAsync(new LabContainerOptions { Name = name, Command = ["sleep", "300"] }));
        Assert.Contains($"\"/{name}\" is already in use", ex.Message);
        Assert.Contains("Choose another Name", ex.Message);
    }

    [DockerFact]
    public async Task A_host_port_in_use_says_to_publish_on_port_0()
    {
        // The clashing container is created before its start fails: it is the session's too, and goes with it.
        await using var lab = await fixture.NewSessionAsync();
        var first = new LabContainerOptions { Command = ["httpd", "-f", "-p", "80"] };
        first.Ports[80] = 0;
        var web = await lab.RunAsync(first);
        var clash = new LabContainerOptions { Command = ["httpd", "-f", "-p", "80"] };
        clash.Ports[80] = web.Ports[80];
        var ex = await Assert.ThrowsAsync<LabException>(() => lab.RunAsync(clash));
        Assert.Contains("host port 0", ex.Message);
    }
}
