using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

/// <summary>What the kernel does with the resource settings, measured through the client.</summary>
[Collection(DockerCollection.Name)]
public sealed class CgroupBehaviourTests(DockerFixture fixture)
{
    private static readonly string[] Spin = ["sh", "-c", "while :; do :; done"];

    [DockerFact]
    public async Task Cpu_shares_1024_and_512_on_one_cpu_split_it_two_to_one()
    {
        var lab = fixture.Lab;
        var heavy = await lab.RunAsync(new LabContainerOptions { Command = Spin, CpuShares = 1024, CpusetCpus = "0" });
        var light = await lab.RunAsync(new LabContainerOptions { Command = Spin, CpuShares = 512, CpusetCpus = "0" });
        await Task.Delay(500);
        var samples = await lab.SampleCpuAsync([heavy, light], TimeSpan.FromSeconds(6));
        var ratio = samples[0].CpuSeconds / samples[1].CpuSeconds;
        Assert.InRange(ratio, 2.0 * 0.9, 2.0 * 1.1);
        await RemoveAsync(heavy, light);
    }

    [DockerFact]
    public async Task A_quarter_cpu_cap_holds_between_20_and_30_percent()
    {
        var lab = fixture.Lab;
        var capped = await lab.RunAsync(new LabContainerOptions { Command = Spin, Cpus = 0.25 });
        await Task.Delay(500);
        var sample = (await lab.SampleCpuAsync([capped], TimeSpan.FromSeconds(6)))[0];
        Assert.InRange(sample.CoresUsed, 0.20, 0.30);
        await RemoveAsync(capped);
    }

    [DockerFact]
    public async Task Allocating_past_a_32_MiB_limit_is_reported_as_an_OOM_kill()
    {
        var lab = fixture.Lab;
        // dd with a 64 MiB block size needs a 64 MiB buffer: more than the limit allows.
        var hog = await lab.RunAsync(new LabContainerOptions { Command = ["dd", "if=/dev/zero", "of=/dev/null", "bs=64M", "count=1"], MemoryBytes = 32L << 20 });
        var exit = await lab.Client.Containers.WaitContainerAsync(hog.Id);
        var state = (await lab.Client.Containers.InspectContainerAsync(hog.Id)).State!;
        Assert.True(state.OOMKilled, $"not OOM-killed (exit {exit.StatusCode})");
        Assert.Equal(137, exit.StatusCode);
        await RemoveAsync(hog);
    }

    private Task RemoveAsync(params LabContainer[] containers) =>
        Task.WhenAll(containers.Select(c => fixture.Client.Containers.RemoveContainerAsync(c.Id, new Docker.DotNet.Models.ContainerRemoveParameters { Force = true })));
}
