using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using VirtLab.Containers.Operations;
using VirtLab.Containers.Transport;

namespace VirtLab.Containers;

/// <summary>
/// A typed client of the Docker Engine HTTP API, shaped like Docker.DotNet:
/// <c>client.Containers.CreateContainerAsync(new CreateContainerParameters { … })</c>.
/// </summary>
/// <remarks>
/// The endpoint comes from <c>DOCKER_HOST</c>, else the platform default (<see cref="DockerEndpoint.Resolve"/>).
/// The API version is negotiated on the first call (<c>GET /_ping</c>, header <c>Api-Version</c>):
/// min(engine, <see cref="DockerClientConfiguration.MaximumApiVersion"/>), and refused below 1.41.
/// Every call takes a <see cref="CancellationToken"/>; non-streaming calls also time out after
/// <see cref="DockerClientConfiguration.DefaultTimeout"/>. A missing engine gives
/// <see cref="DockerUnreachableException"/> within the connect timeout (2 s by default).
/// </remarks>
public sealed class DockerClient : IDockerClient
{
    /// <summary>The oldest Engine API this client speaks (Docker 20.10).</summary>
    public static readonly Version MinimumApiVersion = new(1, 41);

    private readonly HttpClient _http;
    private readonly SemaphoreSlim _negotiation = new(1, 1);
    private Version? _apiVersion;

    /// <summary>Creates a client for the resolved endpoint (<c>DOCKER_HOST</c> or the platform default).</summary>
    public DockerClient()
        : this(new DockerClientConfiguration())
    {
    }

    /// <summary>Creates a client.</summary>
    public DockerClient(DockerClientConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Configuration = configuration;
        _http = new HttpClient(DockerHandlerFactory.Create(configuration.Endpoint, configuration.ConnectTimeout), disposeHandler: true)
        {
            BaseAddress = DockerHandlerFactory.BaseAddress(configuration.Endpoint),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        System = new SystemOperations(this);
        Containers = new ContainerOperations(this);
        Images = new ImageOperations(this);
        Exec = new ExecOperations(this);
        Networks = new NetworkOperations(this);
        Volumes = new VolumeOperations(this);
    }

    /// <summary>The settings this client was made with.</summary>
    public DockerClientConfiguration Configuration { get; }

    /// <inheritdoc />
    public ISystemOperations System { get; }

    /// <inheritdoc />
    public IContainerOperations Containers { get; }

    /// <inheritdoc />
    public IImageOperations Images { get; }

    /// <inheritdoc />
    public IExecOperations Exec { get; }

    /// <inheritdoc />
    public INetworkOperations Networks { get; }

    /// <inheritdoc />
    public IVolumeOperations Volumes { get; }

    /// <summary>The negotiated API version, or <see langword="null"/> before the first call.</summary>
    public Version? ApiVersion => _apiVersion;

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _negotiation.Dispose();
    }

    /// <summary>Negotiates the API version now (otherwise it happens on the first call).</summary>
    public async Task<Version> NegotiateApiVersionAsync(CancellationToken cancellationToken = default)
    {
        if (_apiVersion is not null)
        {
            return _apiVersion;
        }

        await _negotiation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_apiVersion is not null)
            {
                return _apiVersion;
            }

            using var response = await SendRawAsync(HttpMethod.Get, "_ping", null, HttpCompletionOption.ResponseContentRead, useTimeout: true, cancellationToken).ConfigureAwait(false);
            await ThrowIfErrorAsync(response, null, cancellationToken).ConfigureAwait(false);
            var offered = response.Headers.TryGetValues("Api-Version", out var values) && Version.TryParse(values.FirstOrDefault(), out var v)
                ? v
                : MinimumApiVersion;
            if (offered < MinimumApiVersion)
            {
                throw new NotSupportedException(
                    $"The Docker engine at {Configuration.Endpoint} speaks API {offered}, older than {MinimumApiVersion} (Docker 20.10) which VirtLab needs. Upgrade the engine.");
            }

            _apiVersion = offered < Configuration.MaximumApiVersion ? offered : Configuration.MaximumApiVersion;
            return _apiVersion;
        }
        finally
        {
            _negotiation.Release();
        }
    }

    internal async Task<string> SendAsync(HttpMethod method, string path, HttpContent? content, Func<HttpStatusCode, string, Exception?>? mapError, CancellationToken cancellationToken)
    {
        using var response = await SendVersionedAsync(method, path, content, HttpCompletionOption.ResponseContentRead, useTimeout: true, cancellationToken).ConfigureAwait(false);
        await ThrowIfErrorAsync(response, mapError, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    internal async Task<(HttpStatusCode Status, string Body)> SendWithStatusAsync(HttpMethod method, string path, HttpContent? content, Func<HttpStatusCode, string, Exception?>? mapError, CancellationToken cancellationToken, bool useTimeout = true)
    {
        using var response = await SendVersionedAsync(method, path, content, HttpCompletionOption.ResponseContentRead, useTimeout, cancellationToken).ConfigureAwait(false);
        await ThrowIfErrorAsync(response, mapError, cancellationToken).ConfigureAwait(false);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }

    internal async Task<T> SendJsonAsync<T>(HttpMethod method, string path, object? body, Func<HttpStatusCode, string, Exception?>? mapError, CancellationToken cancellationToken)
    {
        var json = await SendAsync(method, path, JsonContent(body), mapError, cancellationToken).ConfigureAwait(false);
        return DockerJson.Deserialize<T>(json);
    }

    /// <summary>Sends a request whose reply is streamed; the caller disposes the response. No timeout but the caller's token.</summary>
    internal async Task<HttpResponseMessage> SendStreamingAsync(HttpMethod method, string path, HttpContent? content, Func<HttpStatusCode, string, Exception?>? mapError, CancellationToken cancellationToken)
    {
        var response = await SendVersionedAsync(method, path, content, HttpCompletionOption.ResponseHeadersRead, useTimeout: false, cancellationToken).ConfigureAwait(false);
        try
        {
            await ThrowIfErrorAsync(response, mapError, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    internal static HttpContent? JsonContent(object? body) =>
        body is null ? null : new StringContent(DockerJson.Serialize(body), Encoding.UTF8, "application/json");

    internal static string Escape(string id, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, parameterName);
        return Uri.EscapeDataString(id);
    }

    private async Task<HttpResponseMessage> SendVersionedAsync(HttpMethod method, string path, HttpContent? content, HttpCompletionOption completion, bool useTimeout, CancellationToken cancellationToken)
    {
        var version = await NegotiateApiVersionAsync(cancellationToken).ConfigureAwait(false);
        return await SendRawAsync(method, $"v{version.Major}.{version.Minor}/{path}", content, completion, useTimeout, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, HttpContent? content, HttpCompletionOption completion, bool useTimeout, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (useTimeout)
        {
            timeout.CancelAfter(Configuration.DefaultTimeout);
        }

        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            // The timeout token only guards sending and the headers: a streamed body is read under the caller's token.
            return await _http.SendAsync(request, completion, useTimeout ? timeout.Token : cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (IsConnectFailure(ex))
        {
            throw new DockerUnreachableException(Configuration.Endpoint.Uri, ex.InnerException ?? ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The Docker engine did not answer {method} /{path} within {Configuration.DefaultTimeout.TotalSeconds:0} s.", ex);
        }
    }

    private static bool IsConnectFailure(HttpRequestException ex) =>
        ex.HttpRequestError == HttpRequestError.ConnectionError
        || ex.InnerException is SocketException or IOException or TimeoutException or UnauthorizedAccessException;

    private static async Task ThrowIfErrorAsync(HttpResponseMessage response, Func<HttpStatusCode, string, Exception?>? mapError, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status < 400)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var mapped = mapError?.Invoke(response.StatusCode, body);
        if (mapped is not null)
        {
            throw mapped;
        }

        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            throw new DockerConflictException(body);
        }

        throw new DockerApiException(response.StatusCode, body);
    }
}
