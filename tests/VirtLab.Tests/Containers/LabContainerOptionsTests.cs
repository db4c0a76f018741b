using VirtLab.Containers.Lab;
using VirtLab.Containers.Models;

namespace VirtLab.Tests.Containers;

public sealed class LabContainerOptionsTests
{
    private static readonly Dictionary<string, string> Session = LabLabels.For("abc12345");

    [Fact]
    public void Maps_docker_run_flags_to_the_engine_fields()
    {
        var options = new LabContainerOptions { Command = ["sh"], CpuShares = 512, Cpus = 0.25, CpusetCpus = "0", MemoryBytes = 32 << 20, RestartPolicy = RestartPolicyKind.OnFailure, MaximumRetryCount = 3 };
        options.Ports[80] = 0;
        var p = options.ToParameters("web", Session);
        Assert.Equal("web", p.Name);
        Assert.Equal(LabImage.Name, p.Image);
        Assert.Equal(512, p.HostConfig!.CpuShares);
        Assert.Equal(250_000_000, p.HostConfig.NanoCpus);
        Assert.Equal(32L << 20, p.HostConfig.MemorySwap);
        Assert.Equal("127.0.0.1", p.HostConfig.PortBindings!["80/tcp"][0].HostIp);
        Assert.True(p.ExposedPorts!.ContainsKey("80/tcp"));
        Assert.Equal(RestartPolicyKind.OnFailure, p.HostConfig.RestartPolicy!.Name);
        Assert.Equal("virtlab", p.Labels![LabLabels.Owner]);
        Assert.Equal("abc12345", p.Labels[LabLabels.Session]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Rejects_bad_cpus(double cpus)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new LabContainerOptions { Cpus = cpus }.ToParameters("x", Session));
        Assert.Equal("Cpus", ex.ParamName);
    }

    [Fact]
    public void Rejects_a_memory_limit_below_the_engines_minimum()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new LabContainerOptions { MemoryBytes = 1024 }.ToParameters("x", Session));
        Assert.Equal("MemoryBytes", ex.ParamName);
    }

    [Fact]
    public void Serializes_the_restart_policy_as_the_engine_spells_it()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new RestartPolicy { Name = RestartPolicyKind.UnlessStopped });
        Assert.Contains("\"unless-stopped\"", json);
    }
}
