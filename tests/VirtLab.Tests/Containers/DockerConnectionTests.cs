using System.Net.Http;
using System.Net.Sockets;
using VirtLab.Containers;

namespace VirtLab.Tests.Containers;

public sealed class DockerConnectionTests
{
    [Theory]
    [InlineData("1.41", "1.12", "1.41")] // Docker 20.10, this machine's engine: its own maximum
    [InlineData("1.47", "1.24", "1.47")] // Docker 27
    [InlineData("1.52", "1.44", "1.52")] // Docker 29
    [InlineData("1.60", "1.44", "1.52")] // a newer engine: VirtLab's ceiling
    public void Negotiate_takes_the_lower_of_the_engines_and_virtlabs_maximum(string engine, string engineMinimum, string expected) =>
        Assert.Equal(Version.Parse(expected), DockerConnection.Negotiate(Version.Parse(engine), Version.Parse(engineMinimum)));

    [Fact]
    public void Negotiate_refuses_an_engine_older_than_docker_20_10()
    {
        var ex = Assert.Throws<NotSupportedException>(() => DockerConnection.Negotiate(new Version(1, 40), null, new Uri("tcp://old-engine:2375")));
        Assert.Contains("1.40", ex.Message);
        Assert.Contains("1.41", ex.Message);
        Assert.Contains("tcp://old-engine:2375", ex.Message);
    }

    [Fact]
    public void Negotiate_refuses_an_engine_whose_minimum_is_above_virtlabs_maximum()
    {
        var ex = Assert.Throws<NotSupportedException>(() => DockerConnection.Negotiate(new Version(1, 70), new Version(1, 60)));
        Assert.Contains("1.60", ex.Message);
    }

    [Fact]
    public void A_refused_connection_counts_as_no_engine_but_an_engine_error_does_not()
    {
        var refused = new SocketException((int)SocketError.ConnectionRefused);
        Assert.True(DockerConnection.IsConnectFailure(new AggregateException(refused)));          // the tcp transport's shape
        Assert.True(DockerConnection.IsConnectFailure(new HttpRequestException("Connection failed.", refused))); // the unix transport's
        Assert.False(DockerConnection.IsConnectFailure(new Docker.DotNet.DockerApiException(System.Net.HttpStatusCode.InternalServerError, "{}")));
    }
}
