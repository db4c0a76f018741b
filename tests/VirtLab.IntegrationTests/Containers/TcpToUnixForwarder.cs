using System.Net;
using System.Net.Sockets;

namespace VirtLab.IntegrationTests.Containers;

/// <summary>
/// A second, private way to reach the shared engine: a TCP listener on 127.0.0.1 that forwards every connection
/// to the engine's Unix socket (what <c>socat TCP-LISTEN:…,bind=127.0.0.1 UNIX-CONNECT:/var/run/docker.sock</c> does),
/// so <c>tcp://</c> is tested without reconfiguring the engine other agents use.
/// </summary>
internal sealed class TcpToUnixForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _socketPath;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;

    public TcpToUnixForwarder(string socketPath)
    {
        _socketPath = socketPath;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The endpoint to give a client, <c>tcp://127.0.0.1:PORT</c>.</summary>
    public Uri Endpoint => new($"tcp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>How many connections were forwarded.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var tcp = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            _ = ForwardAsync(tcp);
        }
    }

    private async Task ForwardAsync(TcpClient tcp)
    {
        using (tcp)
        using (var unix = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            try
            {
                await unix.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath), _stop.Token);
                await using var engine = new NetworkStream(unix, ownsSocket: false);
                var client = tcp.GetStream();
                var up = client.CopyToAsync(engine, _stop.Token);
                var down = engine.CopyToAsync(client, _stop.Token);
                await Task.WhenAny(up, down);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                // One side closed: the connection is over.
            }
        }
    }
}
