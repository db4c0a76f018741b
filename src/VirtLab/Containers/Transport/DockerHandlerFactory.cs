using System.IO.Pipes;
using System.Net.Http;
using System.Net.Sockets;

namespace VirtLab.Containers.Transport;

/// <summary>Builds the <see cref="HttpMessageHandler"/> for an endpoint: one <see cref="SocketsHttpHandler"/> whose connect callback opens the socket or pipe.</summary>
internal static class DockerHandlerFactory
{
    public static HttpMessageHandler Create(DockerEndpoint endpoint, TimeSpan connectTimeout)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = connectTimeout,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            UseProxy = false,
            AllowAutoRedirect = false,
        };
        switch (endpoint.Transport)
        {
            case DockerTransport.UnixSocket:
                handler.ConnectCallback = async (_, cancellationToken) =>
                {
                    var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    try
                    {
                        await socket.ConnectAsync(new UnixDomainSocketEndPoint(endpoint.Address), cancellationToken).ConfigureAwait(false);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                };
                break;
            case DockerTransport.NamedPipe:
                handler.ConnectCallback = async (_, cancellationToken) =>
                {
                    var pipe = new NamedPipeClientStream(".", endpoint.Address, PipeDirection.InOut, PipeOptions.Asynchronous);
                    try
                    {
                        await pipe.ConnectAsync((int)connectTimeout.TotalMilliseconds, cancellationToken).ConfigureAwait(false);
                        return pipe;
                    }
                    catch
                    {
                        await pipe.DisposeAsync().ConfigureAwait(false);
                        throw;
                    }
                };
                break;
            case DockerTransport.Tcp:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint.Transport, "Unknown transport.");
        }

        return handler;
    }

    /// <summary>The base address requests are sent to: the TCP host, or a placeholder host for sockets and pipes.</summary>
    public static Uri BaseAddress(DockerEndpoint endpoint) =>
        endpoint.Transport == DockerTransport.Tcp ? new Uri($"http://{endpoint.Address}/") : new Uri("http://docker/");
}
