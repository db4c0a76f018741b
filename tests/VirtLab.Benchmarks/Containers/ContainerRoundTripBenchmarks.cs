using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using VirtLab.Containers;
using VirtLab.Containers.Lab;
using VirtLab.Containers.Models;

namespace VirtLab.Benchmarks.Containers;

/// <summary>
/// One container round trip (create, start, wait, remove) through the client, against the same work
/// through the Docker CLI (<c>docker run --rm</c>) in the same run. Target: ratio ≤ 0.8.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15)]
public class ContainerRoundTripBenchmarks
{
    private DockerClient _client = null!;
    private readonly Dictionary<string, string> _labels = LabLabels.For("benchmark");

    [GlobalSetup]
    public void Setup()
    {
        _client = new DockerClient();
        LabImage.EnsureAsync(_client).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        LabCleanup.RemoveAsync(_client, $"{LabLabels.Session}=benchmark").GetAwaiter().GetResult();
        _client.Dispose();
    }

    [Benchmark(Baseline = true, Description = "docker run --rm (CLI)")]
    public int DockerCli()
    {
        using var process = Process.Start(new ProcessStartInfo("docker", $"run --rm --label {LabLabels.Session}=benchmark {LabImage.Name} true")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("docker run failed: " + process.StandardError.ReadToEnd());
        }

        return process.ExitCode;
    }

    [Benchmark(Description = "VirtLab client: create+start+wait+remove")]
    public async Task<long> Client()
    {
        var created = await _client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = LabImage.Name, Cmd = ["true"], Labels = _labels });
        await _client.Containers.StartContainerAsync(created.ID);
        var exit = await _client.Containers.WaitContainerAsync(created.ID);
        await _client.Containers.RemoveContainerAsync(created.ID);
        return exit.StatusCode;
    }
}
