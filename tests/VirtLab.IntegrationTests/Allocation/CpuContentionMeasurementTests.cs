using VirtLab.Allocation;
using VirtLab.Allocation.Linux;
using VirtLab.Containers.Lab;
using VirtLab.IntegrationTests.Containers;

namespace VirtLab.IntegrationTests.Allocation;

/// <summary>Issue 5: the CPU fractions busy containers get are within 10 % of what <see cref="CpuContention"/> predicts.</summary>
/// <remarks>
/// Measured as in <see cref="CgroupBehaviourTests"/>: cgroup CPU time per second of each container's own stats
/// window, median of several windows, every window printed on failure. Shares are compared as each container's
/// part of what the group got, which other load on CPU 0 (unknown to the model) does not change.
/// </remarks>
[Collection(DockerCollection.Name)]
public sealed class CpuContentionMeasurementTests(DockerFixture fixture)
{
    private static readonly string[] Spin = ["sh", "-c", "while :; do :; done"];
    private const int Windows = 5;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

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
        await using var lab = await fixture.NewSessionAsync();
        var capped = await lab.RunAsync(new LabContainerOptions { Command = Spin, CpuShares = 4096, Cpus = 0.25, CpusetCpus = "0" });
        var free = await lab.RunAsync(new LabContainerOptions { Command = Spin, CpuShares = 1024, CpusetCpus = "0" });
        await Task.Delay(500);
        var cpu = await CpuWindows.MeasureAsync(lab, [capped, free], Windows, Window);

        // On a quiet CPU 0 the model's 0.25 / 0.75 is what they get. On a busy host they split what the host leaves
        // them, so compare with the same model over the capacity they really got (1.0 = exactly as predicted).
        Assert.Equal(0.25, predicted["capped"], 3);
        var ratio = cpu.MedianOfMeasuredOverModel(0, [0.25, 1], [4096, 1024]);
        Assert.True(ratio is >= 0.9 and <= 1.1, $"capped container got {ratio:0.000} × the model's share (limit 1 ± 10 %). Cores per window: {cpu.Describe()}");
        Assert.True(cpu.Median(w => w[0].CoresUsed) <= 0.25 * 1.1, $"the cap was exceeded. Cores per window: {cpu.Describe()}");
    }

    private async Task MeasureSharesAsync(long[] shares)
    {
        var model = shares.Select((s, i) => new ContainerCpu($"c{i}", s, Cpuset: [0])).ToArray();
        var predicted = Allocate.ContainerCpu(Environment.ProcessorCount, model);
        await using var lab = await fixture.NewSessionAsync();
        var containers = new List<LabContainer>();
        foreach (var s in shares)
        {
            containers.Add(await lab.RunAsync(new LabContainerOptions { Command = Spin, CpuShares = s, CpusetCpus = "0" }));
        }

        await Task.Delay(500);
        var cpu = await CpuWindows.MeasureAsync(lab, containers, Windows, Window);
        var total = predicted.Cpus.Sum();
        for (var i = 0; i < shares.Length; i++)
        {
            var index = i;
            AssertWithin10Percent(predicted.Cpus[i] / total, cpu.Median(w => w[index].CoresUsed / w.Sum(s => s.CoresUsed)), $"shares {shares[i]}, part of the group", cpu);
        }
    }

    private static void AssertWithin10Percent(double predicted, double measured, string what, CpuWindows cpu) =>
        Assert.True(Math.Abs(measured - predicted) <= 0.1 * predicted,
            $"{what}: median {measured:F3}, predicted {predicted:F3}, off by {Math.Abs(measured - predicted) / predicted:P1} (limit 10 %). Cores per window: {cpu.Describe()}");
}
