using System.Net;
using VirtLab.Containers;

namespace VirtLab.Tests.Containers;

public sealed class DockerErrorMessageTests
{
    [Theory]
    [InlineData("{\"message\":\"No such container: nosuch\"}", "No such container: nosuch")]
    [InlineData("client version 1.11 is too old. Minimum supported API version is 1.12\n", "client version 1.11 is too old. Minimum supported API version is 1.12")]
    [InlineData("", "(no message)")]
    [InlineData("{not json", "{not json")]
    public void Extract_reads_json_and_plain_text_bodies(string body, string expected) =>
        Assert.Equal(expected, DockerErrorMessage.Extract(body));

    [Fact]
    public void Not_found_names_the_kind_and_the_id()
    {
        var ex = new DockerContainerNotFoundException("web-1", "{\"message\":\"No such container: web-1\"}");
        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Contains("No such container: 'web-1'", ex.Message);
    }

    [Fact]
    public void Conflict_carries_the_engines_message()
    {
        var ex = new DockerConflictException("{\"message\":\"You cannot remove a running container abc. Stop the container before attempting removal or force remove\"}");
        Assert.Contains("You cannot remove a running container", ex.Message);
        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
    }

    [Fact]
    public void Unreachable_says_how_to_start_the_engine()
    {
        var ex = new DockerUnreachableException(new Uri("unix:///nowhere.sock"), null);
        Assert.Contains("environment/setup.sh", ex.Message);
        Assert.Contains("DOCKER_HOST", ex.Message);
    }
}
