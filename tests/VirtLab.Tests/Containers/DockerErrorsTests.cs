using System.Net;
using Docker.DotNet;
using VirtLab.Containers;

namespace VirtLab.Tests.Containers;

/// <summary>The engine bodies below are the ones Docker 20.10 (API 1.41) sent on this machine.</summary>
public sealed class DockerErrorsTests
{
    [Fact]
    public void A_missing_image_says_how_to_get_one()
    {
        var ex = new DockerImageNotFoundException(HttpStatusCode.NotFound, "{\"message\":\"No such image: nope/nope:1\"}\n");
        var text = DockerErrors.Explain(ex);
        Assert.StartsWith("No such image: nope/nope:1.", text);
        Assert.Contains("./virtlab lab build", text);
    }

    [Fact]
    public void A_name_in_use_says_to_pick_another_or_remove_the_old_container()
    {
        var ex = new DockerApiException(HttpStatusCode.Conflict,
            "{\"message\":\"Conflict. The container name \\\"/web\\\" is already in use by container \\\"d9cf7857b7bd\\\". You have to remove (or rename) that container to be able to reuse that name.\"}");
        var text = DockerErrors.Explain(ex);
        Assert.Contains("\"/web\" is already in use", text);
        Assert.Contains("docker rm -f", text);
        Assert.Contains("leave it empty", text);
    }

    [Fact]
    public void A_stopped_container_says_to_start_it()
    {
        var ex = new DockerApiException(HttpStatusCode.Conflict, "{\"message\":\"Container d9cf7857b7bd is not running\"}");
        var text = DockerErrors.Explain(ex);
        Assert.StartsWith("Container d9cf7857b7bd is not running.", text);
        Assert.Contains("docker start", text);
    }

    [Fact]
    public void A_taken_host_port_says_to_publish_on_port_0()
    {
        var ex = new DockerApiException(HttpStatusCode.InternalServerError,
            "{\"message\":\"driver failed programming external connectivity on endpoint x: Bind for 127.0.0.1:32768 failed: port is already allocated\"}");
        Assert.Contains("host port 0", DockerErrors.Explain(ex));
    }

    [Fact]
    public void An_engine_that_is_down_says_how_to_start_it()
    {
        var text = DockerErrors.Explain(new AggregateException(new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused)));
        Assert.Contains("not reachable", text);
        Assert.Contains("environment/setup.sh", text);
        Assert.Contains("DOCKER_HOST", text);
    }

    [Theory]
    [InlineData("{\"message\":\"client version 1.99 is too new. Maximum supported API version is 1.41\"}", "Docker engine error 400 (BadRequest): client version 1.99 is too new. Maximum supported API version is 1.41")]
    [InlineData("client version 1.11 is too old. Minimum supported API version is 1.12\n", "Docker engine error 400 (BadRequest): client version 1.11 is too old. Minimum supported API version is 1.12")]
    [InlineData("", "Docker engine error 400 (BadRequest): (no message)")]
    [InlineData("{not json", "Docker engine error 400 (BadRequest): {not json")]
    public void Any_other_error_shows_the_engines_own_message_json_or_plain_text(string body, string expected) =>
        Assert.Equal(expected, DockerErrors.Explain(new DockerApiException(HttpStatusCode.BadRequest, body)));
}
