using System.Globalization;
using System.Net.Http;
using System.Net.Sockets;
using Docker.DotNet;

namespace VirtLab.Containers;

/// <summary>
/// Opens a Docker.DotNet <see cref="DockerClient"/> on the engine, with the Engine API version negotiated
/// the way the docker CLI does it.
/// </summary>
/// <remarks>
/// The endpoint is Docker.DotNet's: <c>DOCKER_HOST</c> (<c>unix://</c>, <c>tcp://</c>, <c>npipe://</c>), then the
/// active docker context, then the platform default socket or pipe. Docker.DotNet sends unversioned paths unless
/// told a version, and an unversioned path is served at whatever version the engine is: a newer engine could
/// change a reply's shape under us. So the connection first asks the engine <c>GET /version</c>, then uses
/// min(<see cref="MaximumApiVersion"/>, the engine's <c>ApiVersion</c>) for every later call, and refuses an
/// engine older than <see cref="MinimumApiVersion"/> (moby's <c>NegotiateAPIVersion</c> does the same).
/// </remarks>
public static class DockerConnection
{
    /// <summary>The oldest Engine API VirtLab speaks: 1.41, Docker 20.10 (Debian 12's docker.io).</summary>
    public static readonly Version MinimumApiVersion = new(1, 41);

    /// <summary>The newest Engine API VirtLab asks for: 1.52, Docker 29, the engine Docker.DotNet.Enhanced 4.4's models are generated from.</summary>
    public static readonly Version MaximumApiVersion = new(1, 52);

    /// <summary>Connects and negotiates the API version.</summary>
    /// <param name="endpoint">The engine, e.g. <c>unix:///var/run/docker.sock</c> or <c>tcp://127.0.0.1:2375</c>; default Docker.DotNet's resolution (<c>DOCKER_HOST</c>, context, platform default).</param>
    /// <param name="cancellationToken">Cancels the connection.</param>
    /// <returns>A client whose every call uses the negotiated version (<c>client.Options.ApiVersion</c>). The caller disposes it.</returns>
    /// <exception cref="DockerUnreachableException">No engine answers at the endpoint; the message says how to start one.</exception>
    /// <exception cref="NotSupportedException">The engine is older than <see cref="MinimumApiVersion"/>.</exception>
    public static async Task<DockerClient> ConnectAsync(Uri? endpoint = null, CancellationToken cancellationToken = default)
    {
        using var probe = Builder(endpoint).Build();
        Docker.DotNet.Models.VersionResponse engine;
        try
        {
            engine = await probe.System.GetVersionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsConnectFailure(e))
        {
            throw new DockerUnreachableException(probe.Options.Endpoint, Unwrap(e));
        }

        var version = Negotiate(ParseVersion(engine.APIVersion), engine.MinAPIVersion is { Length: > 0 } min ? ParseVersion(min) : null, probe.Options.Endpoint);
        return Builder(endpoint).WithApiVersion(version).Build();
    }

    /// <summary>The version to use with an engine that speaks <paramref name="engineMaximum"/> (and no older than <paramref name="engineMinimum"/>).</summary>
    /// <param name="engineMaximum">The engine's <c>ApiVersion</c>.</param>
    /// <param name="engineMinimum">The engine's <c>MinAPIVersion</c>, if it reports one.</param>
    /// <param name="endpoint">The engine's address, for the error message.</param>
    /// <returns>min(<see cref="MaximumApiVersion"/>, <paramref name="engineMaximum"/>).</returns>
    /// <exception cref="NotSupportedException">The engine is older than <see cref="MinimumApiVersion"/>, or requires a version newer than <see cref="MaximumApiVersion"/>.</exception>
    public static Version Negotiate(Version engineMaximum, Version? engineMinimum = null, Uri? endpoint = null)
    {
        ArgumentNullException.ThrowIfNull(engineMaximum);
        var where = endpoint is null ? "The Docker engine" : $"The Docker engine at {endpoint}";
        if (engineMaximum < MinimumApiVersion)
        {
            throw new NotSupportedException($"{where} speaks API {engineMaximum}, older than {MinimumApiVersion} (Docker 20.10), which VirtLab needs. Upgrade the engine.");
        }

        var chosen = engineMaximum < MaximumApiVersion ? engineMaximum : MaximumApiVersion;
        if (engineMinimum is not null && chosen < engineMinimum)
        {
            throw new NotSupportedException($"{where} requires API {engineMinimum} or newer; VirtLab speaks up to {MaximumApiVersion}. Update VirtLab's Docker.DotNet.Enhanced package.");
        }

        return chosen;
    }

    /// <summary>Whether <paramref name="exception"/> means no engine answered (refused, missing socket, unknown host), as opposed to an engine that answered with an error.</summary>
    public static bool IsConnectFailure(Exception exception) =>
        Unwrap(exception) is SocketException or HttpRequestException { InnerException: SocketException or IOException } or HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError };

    private static Exception Unwrap(Exception exception) =>
        // The tcp transport reports a refused connection as an AggregateException around the SocketException.
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;

    private static DockerClientBuilder Builder(Uri? endpoint)
    {
        var builder = new DockerClientBuilder();
        return endpoint is null ? builder : builder.WithEndpoint(endpoint);
    }

    private static Version ParseVersion(string? text) =>
        Version.TryParse(text, out var version)
            ? version
            : throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture, $"The Docker engine reported API version '{text}', which is not a version number."));
}
