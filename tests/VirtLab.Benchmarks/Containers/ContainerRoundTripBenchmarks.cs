using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.Benchmarks.Containers;

/// <summary>
/// The container work a lesson does, through the client against the same work through the <c>docker</c> CLI
/// in the same run (the baseline of each category): a round trip (create, start, exec <c>echo</c>, remove)
/// and one stats sample of a running container. Target: ratio ≤ 1 (the CLI pays a process start per call).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ContainerRoundTripBenchmarks
{
    private const string SessionLabel = "benchmark";
    private readonly Dictionary<string, string> _labels = LabLabels.For(SessionLabel);
    private DockerClient _client = null!;
    private string _sampled = null!;

    [GlobalSetup]
    public void Setup()
    {
        _client = DockerConnection.ConnectAsync().GetAwaiter().GetResult();
        LabImage.EnsureAsync(_client).GetAwaiter().GetResult();
        _sampled = Docker("run", "-d", "--label", $"{LabLabels.Owner}={LabLabels.OwnerValue}", "--label", $"{LabLabels.Session}={SessionLabel}", LabImage.Name, "sleep", "600");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        LabCleanup.RemoveAsync(_client, $"{LabLabels.Session}={SessionLabel}").GetAwaiter().GetResult();
        _client.Dispose();
    }

    [Benchmark(Baseline = true, Description = "docker create, start, exec echo, rm -f (CLI)")]
    [BenchmarkCategory("round trip")]
    public string RoundTripCli()
    {
        var id = Docker("create", "--label", $"{LabLabels.Owner}={LabLabels.OwnerValue}", "--label", $"{LabLabels.Session}={SessionLabel}", LabImage.Name, "sleep", "60");
        Docker("start", id);
        var output = Docker("exec", id, "echo", "hi");
        Docker("rm", "-f", id);
        return output;
    }

    [Benchmark(Description = "client: create, start, exec echo, remove")]
    [BenchmarkCategory("round trip")]
    public async Task<string> RoundTripClient()
    {
        var created = await _client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = LabImage.Name, Cmd = ["sleep", "60"], Labels = _labels });
        await _client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
        var result = await DockerExec.RunAsync(_client, created.ID, ["echo", "hi"]);
        await _client.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true });
        return result.Stdout;
    }

    [Benchmark(Baseline = true, Description = "docker stats --no-stream (CLI)")]
    [BenchmarkCategory("stats sample")]
    public string StatsCli() => Docker("stats", "--no-stream", "--format", "{{.CPUPerc}} {{.MemUsage}}", _sampled);

    [Benchmark(Description = "client: one stats sample + DockerStats")]
    [BenchmarkCategory("stats sample")]
    public async Task<double> StatsClient()
    {
        var sample = await DockerStats.SampleAsync(_client, _sampled);
        return DockerStats.CpuPercent(sample) + DockerStats.MemoryUsage(sample);
    }

    [Benchmark(Description = "client: one-shot stats sample (no precpu, as SampleCpuAsync takes them)")]
    [BenchmarkCategory("stats sample")]
    public async Task<ulong> StatsClientOneShot()
    {
        var sample = await DockerStats.SampleAsync(_client, _sampled, oneShot: true);
        return DockerStats.MemoryUsage(sample);
    }

    private static string Docker(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker {string.Join(' ', arguments)} failed: {error}");
        }

        return output.Trim();
    }
}
