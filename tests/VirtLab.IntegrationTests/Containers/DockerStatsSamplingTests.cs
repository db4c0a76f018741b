using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

[Collection(DockerCollection.Name)]
public sealed class DockerStatsSamplingTests(DockerFixture fixture)
{
    [DockerFact]
    public async Task A_full_sample_has_the_previous_reading_and_a_one_shot_sample_has_the_counters()
    {
        await using var lab = await fixture.NewSessionAsync();
        var spinner = await lab.RunAsync(new LabContainerOptions { Command = ["sh", "-c", "while :; do :; done"], Cpus = 0.5 });
        var full = await DockerStats.SampleAsync(lab.Client, spinner.Id);
        Assert.True(full.PreCPUStats?.SystemUsage > 0, "stream=false waits for a second reading, so precpu_stats is filled");
        Assert.InRange(DockerStats.CpuPercent(full), 0.1, 100); // capped at half a CPU; a loaded machine may give it less
        Assert.True(DockerStats.MemoryUsage(full) > 0);

        var oneShot = await DockerStats.SampleAsync(lab.Client, spinner.Id, oneShot: true);
        Assert.True(oneShot.CPUStats?.CPUUsage?.TotalUsage >= full.CPUStats!.CPUUsage!.TotalUsage);
        var samples = await lab.SampleCpuAsync([spinner], TimeSpan.FromSeconds(1));
        // It ran, and no faster than its cap (the shared 2-CPU machine may give it less than the cap).
        Assert.InRange(samples[0].CoresUsed, 0.01, 0.6);
    }
}
