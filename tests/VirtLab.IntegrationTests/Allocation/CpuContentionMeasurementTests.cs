using VirtLab.Allocation;
using VirtLab.Allocation.Linux;
using VirtLab.Containers.Lab;
using Docker.DotNet.Models;
using VirtLab.IntegrationTests.Containers;

namespace VirtLab.IntegrationTests.Allocation;

/// <summary>Issue 5: the CPU fractions busy containers get are within 10 % of what <see cref="CpuContention"/> predicts.</summary>
[Collection(DockerCollection.Name)]
public sealed class CpuContentionMeasurementTests(DockerFixture fixture)
{
    private static readonly string[] Spin = ["sh", "-c", "while :; do :; done"];
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(6);

    [DockerFact]
    public async Task Shares_1024_and_512_pinned_to_one_cpu_match_the_prediction() =>
        await MeasureSharesAsync([1024, 512]);

    [DockerFact]
    public async Task Shares_2048_1024_1024_pinned_to_one_cpu_match_the_prediction() =>
        await MeasureSharesAsync([2048, 1024, 1024]);

    [DockerFact]
    public async Task A_cpus_cap_matches_the_prediction_next_to_a_competitor()
    {
        // Prediction: the capped container gets its 0.25 even with 4x the shares of its neighbour; the neighbour the rest.
        ContainerCpu[] model = [new("capped", 4096, Cpus: 0.25, Cpuset: [0]), new("free", 1024, Cpuset: [0])];
        var predicted = Allocate.ContainerCpu(Environment.ProcessorCount, model);
        var lab = fixture.Lab;
        var capped = await lab.RunAsync(new LabContainerOptions { Command = Spin, CpuShares = 4096, Cpus = 0.25, CpusetCpus = "0" });
        var free = await lab.RunAsync(new LabContainerOptions { Command = Spin, CpuShares = 1024, CpusetCpus = "0" });
        try
        {
            await Task.Delay(500);
            var samples = await lab.SampleCpuAsync([capped, free], Window);
            // The cap is absolute, so it can be compared directly; the neighbour's 0.75 assumes nothing else runs on CPU 0.
            AssertWithin10Percent(predicted["capped"], samples[0].CoresUsed, "capped, CPUs used");
        }
        finally
        {
            await RemoveAsync(capped, free);
        }
    }

    private async Task MeasureSharesAsync(long[] shares)
    {
        var model = shares.Select((s, i) => new ContainerCpu($"c{i}", s, Cpuset: [0])).ToArray();
        var predicted = Allocate.ContainerCpu(Environment.ProcessorCount, model);
        var lab = fixture.Lab;
        var containers = new List<LabContainer>();
        try
        {
            foreach (var s in shares)
            {
                containers.Add(await lab.RunAsync(new LabContainerOptions { Command = Spin, CpuShares = s, CpusetCpus = "0" }));
            }

            await Task.Delay(500);
            var samples = await lab.SampleCpuAsync(containers, Window);
            // The share of the CPU time the group got: robust to other load on CPU 0, which the model does not know about.
            var total = predicted.Cpus.Sum();
            var measured = ShareOfGroup(samples);
            for (var i = 0; i < shares.Length; i++)
            {
                AssertWithin10Percent(predicted.Cpus[i] / total, measured[i], $"shares {shares[i]}");
            }
        }
        finally
        {
            await RemoveAsync([.. containers]);
        }
    }

    // Each container's CPU per second of its own window: the stats calls do not return at the same instant.
    private static double[] ShareOfGroup(IReadOnlyList<CpuSample> samples)
    {
        var total = samples.Sum(s => s.CoresUsed);
        return samples.Select(s => s.CoresUsed / total).ToArray();
    }

    private static void AssertWithin10Percent(double predicted, double measured, string what) =>
        Assert.True(Math.Abs(measured - predicted) <= 0.1 * predicted,
            $"{what}: measured {measured:F3}, predicted {predicted:F3}, off by {Math.Abs(measured - predicted) / predicted:P1} (limit 10 %).");

    private Task RemoveAsync(params LabContainer[] containers) =>
        Task.WhenAll(containers.Select(c => fixture.Client.Containers.RemoveContainerAsync(c.Id, new ContainerRemoveParameters { Force = true })));
}
