using VirtLab.Containers;

namespace VirtLab.Tests.Containers;

public sealed class DockerEndpointTests
{
    [Theory]
    [InlineData("unix:///var/run/docker.sock", DockerTransport.UnixSocket, "/var/run/docker.sock")]
    [InlineData("unix:///tmp/my%20engine.sock", DockerTransport.UnixSocket, "/tmp/my engine.sock")]
    [InlineData("tcp://127.0.0.1:2375", DockerTransport.Tcp, "127.0.0.1:2375")]
    [InlineData("tcp://docker.example:2376", DockerTransport.Tcp, "docker.example:2376")]
    [InlineData("npipe:////./pipe/docker_engine", DockerTransport.NamedPipe, "docker_engine")]
    public void Parse_reads_scheme_and_address(string uri, DockerTransport transport, string address)
    {
        var endpoint = DockerEndpoint.Parse(uri);
        Assert.Equal(transport, endpoint.Transport);
        Assert.Equal(address, endpoint.Address);
    }

    [Theory]
    [InlineData("ssh://host", "scheme 'ssh' is not supported")]
    [InlineData("unix://", "names no socket path")]
    [InlineData("npipe:////./nothing", "names no pipe")]
    [InlineData("not a uri", "not a valid Docker endpoint")]
    public void Parse_rejects_bad_endpoints_with_a_reason(string uri, string reason)
    {
        var ex = Assert.Throws<ArgumentException>(() => DockerEndpoint.Parse(uri));
        Assert.Equal("endpoint", ex.ParamName);
        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public void Resolve_prefers_DOCKER_HOST()
    {
        var old = Environment.GetEnvironmentVariable("DOCKER_HOST");
        try
        {
            Environment.SetEnvironmentVariable("DOCKER_HOST", "tcp://10.1.2.3:2375");
            Assert.Equal("10.1.2.3:2375", DockerEndpoint.Resolve().Address);
            Environment.SetEnvironmentVariable("DOCKER_HOST", null);
            Assert.Equal(DockerEndpoint.Default, DockerEndpoint.Resolve());
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOCKER_HOST", old);
        }
    }
}
