using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

[Collection(DockerCollection.Name)]
public sealed class DockerStatsSamplingTests(DockerFixture fixture)
{
    [DockerFact]
    public async Task A_full_sample_has_the_previous_reading_and_a_one_shot_sample_has_the_counters()
    {
        var spinner = await fixture.Lab.RunAsync(new LabContainerOptions { Command = ["sh", "-c", "while :; do :; done"], Cpus = 0.5 });
        try
        {
            var full = await DockerStats.SampleAsync(fixture.Client, spinner.Id);
            Assert.True(full.PreCPUStats?.SystemUsage > 0, "stream=false waits for a second reading, so precpu_stats is filled");
            Assert.InRange(DockerStats.CpuPercent(full), 1, 100); // capped at half a CPU; the first reading may catch it starting
            Assert.True(DockerStats.MemoryUsage(full) > 0);

            var oneShot = await DockerStats.SampleAsync(fixture.Client, spinner.Id, oneShot: true);
            Assert.True(oneShot.CPUStats?.CPUUsage?.TotalUsage >= full.CPUStats!.CPUUsage!.TotalUsage);
            var samples = await fixture.Lab.SampleCpuAsync([spinner], TimeSpan.FromSeconds(1));
            // It ran, and no faster than its cap (the shared 2-CPU machine may give it less than the cap).
            Assert.InRange(samples[0].CoresUsed, 0.01, 0.6);
        }
        finally
        {
            await fixture.RemoveAsync(spinner);
        }
    }
}
