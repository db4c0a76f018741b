using Docker.DotNet.Models;
using VirtLab.Containers.Lab;

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
        Assert.Equal(512, p.HostConfig!.CPUShares);
        Assert.Equal(250_000_000, p.HostConfig.NanoCPUs);
        Assert.Equal(32L << 20, p.HostConfig.MemorySwap);
        Assert.Equal("127.0.0.1", p.HostConfig.PortBindings!["80/tcp"][0].HostIP);
        Assert.True(p.ExposedPorts!.ContainsKey("80/tcp"));
        Assert.Equal(RestartPolicyKind.OnFailure, p.HostConfig.RestartPolicy!.Name);
        Assert.Equal("virtlab", p.Labels![LabLabels.Owner]);
        Assert.Equal("abc12345", p.Labels[LabLabels.Session]);
    }

    [Fact]
    public void Leaves_unset_limits_at_the_engines_defaults()
    {
        var p = new LabContainerOptions().ToParameters("plain", Session);
        Assert.Null(p.Cmd);
        Assert.Equal(0, p.HostConfig!.CPUShares);
        Assert.Equal(0, p.HostConfig.NanoCPUs);
        Assert.Equal(0, p.HostConfig.Memory);
        Assert.Null(p.HostConfig.PortBindings);
        Assert.Null(p.HostConfig.RestartPolicy);
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
}
