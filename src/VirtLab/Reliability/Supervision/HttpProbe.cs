using System.Globalization;
using Docker.DotNet;

namespace VirtLab.Reliability.Supervision;

/// <summary>
/// Healthy when an HTTP GET of a published container port answers 2xx within the timeout (a liveness probe, like
/// Kubernetes' <c>httpGet</c>). The host port is looked up on every probe, because a restart may publish a new one.
/// </summary>
public sealed class HttpProbe : IHealthProbe, IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates the probe.</summary>
    /// <param name="containerPort">The container's TCP port, published to 127.0.0.1 (e.g. busybox <c>httpd -p 80</c>). Range: 1–65535.</param>
    /// <param name="path">Path to GET, starting with '/'.</param>
    /// <param name="timeout">Largest wait for an answer. Range: &gt; 0.</param>
    public HttpProbe(int containerPort = 80, string path = "/", TimeSpan? timeout = null)
    {
        if (containerPort is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(containerPort), containerPort, "Must be a TCP port 1-65535.");
        }

        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException("The path must start with '/'.", nameof(path));
        }

        var t = timeout ?? TimeSpan.FromSeconds(1);
        if (t <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "Must be > 0.");
        }

        ContainerPort = containerPort;
        Path = path;
        Timeout = t;
        _http = new HttpClient { Timeout = t };
    }

    /// <summary>The container port probed.</summary>
    public int ContainerPort { get; }

    /// <summary>The path requested.</summary>
    public string Path { get; }

    /// <summary>Largest wait for an answer.</summary>
    public TimeSpan Timeout { get; }

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture, $"http :{ContainerPort}{Path}");

    /// <inheritdoc />
    public async Task<bool> IsHealthyAsync(IDockerClient client, string containerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            var inspect = await client.Containers.InspectContainerAsync(containerId, cancellationToken).ConfigureAwait(false);
            if (inspect.State is not { Running: true, Paused: false })
            {
                return false;
            }

            var bindings = inspect.NetworkSettings?.Ports is { } ports && ports.TryGetValue($"{ContainerPort}/tcp", out var b) ? b : null;
            var hostPort = bindings?.Select(x => x.HostPort).FirstOrDefault(p => !string.IsNullOrEmpty(p));
            if (hostPort is null)
            {
                return false;
            }

            using var response = await _http.GetAsync(new Uri($"http://127.0.0.1:{hostPort}{Path}"), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or DockerApiException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
