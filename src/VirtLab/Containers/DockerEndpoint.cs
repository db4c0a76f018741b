namespace VirtLab.Containers;

/// <summary>Where the Docker engine listens, parsed from a <c>DOCKER_HOST</c>-style URI.</summary>
/// <remarks>
/// Resolution order (<see cref="Resolve"/>): the <c>DOCKER_HOST</c> environment variable, then the
/// platform default: <c>npipe:////./pipe/docker_engine</c> on Windows, <c>unix:///var/run/docker.sock</c>
/// elsewhere. Schemes: <c>unix://</c> (socket path), <c>npipe://</c> (Windows named pipe),
/// <c>tcp://host:port</c> (plain HTTP), <c>http://</c>.
/// </remarks>
public sealed record DockerEndpoint
{
    private DockerEndpoint(Uri uri, DockerTransport transport, string address)
    {
        Uri = uri;
        Transport = transport;
        Address = address;
    }

    /// <summary>The endpoint as given.</summary>
    public Uri Uri { get; }

    /// <summary>How to connect.</summary>
    public DockerTransport Transport { get; }

    /// <summary>Socket path, pipe name, or <c>host:port</c>.</summary>
    public string Address { get; }

    /// <summary>The platform default endpoint.</summary>
    public static DockerEndpoint Default => OperatingSystem.IsWindows()
        ? Parse("npipe:////./pipe/docker_engine")
        : Parse("unix:///var/run/docker.sock");

    /// <summary><c>DOCKER_HOST</c> if set, else <see cref="Default"/>.</summary>
    public static DockerEndpoint Resolve()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        return string.IsNullOrWhiteSpace(host) ? Default : Parse(host);
    }

    /// <summary>Parses a <c>DOCKER_HOST</c>-style endpoint.</summary>
    /// <exception cref="ArgumentException">Empty, malformed, or an unsupported scheme.</exception>
    public static DockerEndpoint Parse(string endpoint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"'{endpoint}' is not a valid Docker endpoint; expected unix:///path, tcp://host:port or npipe:////./pipe/name.", nameof(endpoint));
        }

        switch (uri.Scheme)
        {
            case "unix":
                var path = uri.AbsolutePath;
                if (string.IsNullOrEmpty(path) || path == "/")
                {
                    throw new ArgumentException($"'{endpoint}' names no socket path; expected unix:///var/run/docker.sock.", nameof(endpoint));
                }

                return new DockerEndpoint(uri, DockerTransport.UnixSocket, Uri.UnescapeDataString(path));
            case "npipe":
                // npipe:////./pipe/docker_engine -> pipe name "docker_engine" on server "."
                var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
                var pipeIndex = Array.IndexOf(segments, "pipe");
                if (pipeIndex < 0 || pipeIndex == segments.Length - 1)
                {
                    throw new ArgumentException($"'{endpoint}' names no pipe; expected npipe:////./pipe/docker_engine.", nameof(endpoint));
                }

                return new DockerEndpoint(uri, DockerTransport.NamedPipe, string.Join('/', segments[(pipeIndex + 1)..]));
            case "tcp":
            case "http":
                if (uri.Port <= 0)
                {
                    throw new ArgumentException($"'{endpoint}' names no port; expected tcp://host:2375.", nameof(endpoint));
                }

                return new DockerEndpoint(uri, DockerTransport.Tcp, $"{uri.Host}:{uri.Port}");
            default:
                throw new ArgumentException($"Docker endpoint scheme '{uri.Scheme}' is not supported; use unix://, tcp:// or npipe://.", nameof(endpoint));
        }
    }

    /// <inheritdoc />
    public override string ToString() => Uri.ToString();
}
