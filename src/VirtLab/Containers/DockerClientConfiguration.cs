namespace VirtLab.Containers;

/// <summary>Settings for <see cref="DockerClient"/>.</summary>
/// <remarks>The endpoint defaults to <see cref="DockerEndpoint.Resolve"/>: <c>DOCKER_HOST</c>, then the platform default socket or pipe.</remarks>
public sealed class DockerClientConfiguration
{
    /// <summary>Creates a configuration for the resolved endpoint.</summary>
    public DockerClientConfiguration()
        : this(DockerEndpoint.Resolve())
    {
    }

    /// <summary>Creates a configuration for an endpoint such as <c>unix:///var/run/docker.sock</c>.</summary>
    public DockerClientConfiguration(string endpoint)
        : this(DockerEndpoint.Parse(endpoint))
    {
    }

    /// <summary>Creates a configuration for a parsed endpoint.</summary>
    public DockerClientConfiguration(DockerEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Endpoint = endpoint;
    }

    /// <summary>The engine's address.</summary>
    public DockerEndpoint Endpoint { get; }

    /// <summary>Timeout of each non-streaming call. Default 100 s, as Docker.DotNet.</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>How long to wait for the socket to accept. Default 2 s, so a missing engine is reported quickly.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Highest Engine API version to use; the client negotiates down to what the engine offers. Default 1.47.</summary>
    public Version MaximumApiVersion { get; init; } = new(1, 47);

    /// <summary>Creates a client.</summary>
    public DockerClient CreateClient() => new(this);
}
