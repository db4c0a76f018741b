using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using VirtLab.Notebooks.Execution;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// The grader's side of one worker: a Unix socket in a private folder, the worker (process or container), and the
/// line protocol of <see cref="WorkerProtocol"/>. Malformed lines from the worker end the connection.
/// </summary>
internal sealed class GradingConnection : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Socket _listener;
    private readonly Channel<JsonObject> _incoming = Channel.CreateUnbounded<JsonObject>();
    private IWorkerProcess? _worker;
    private Socket? _socket;
    private StreamWriter? _writer;

    private GradingConnection(Socket listener)
    {
        _listener = listener;
    }

    public IWorkerProcess Worker => _worker!;

    /// <summary>Starts a worker with <paramref name="start"/> (given the socket path) and waits until it is ready.</summary>
    public static async Task<GradingConnection> StartAsync(
        string ipcDirectory, Func<string, string, Task<IWorkerProcess>> start, CancellationToken cancellationToken)
    {
        const string SocketName = "worker.sock";
        var socketPath = Path.Combine(ipcDirectory, SocketName);
        File.Delete(socketPath);
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(1);
        FileModes.Set(socketPath, 0b111_111_111);
        var connection = new GradingConnection(listener);
        try
        {
            connection._worker = await start(socketPath, SocketName).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            var accept = listener.AcceptAsync(timeout.Token).AsTask();
            if (await Task.WhenAny(accept, connection._worker.Exited).ConfigureAwait(false) != accept)
            {
                throw new InvalidOperationException($"The grading worker exited before it connected ({await connection._worker.DescribeExitAsync().ConfigureAwait(false)}).");
            }

            connection._socket = await accept.ConfigureAwait(false);
            var stream = new NetworkStream(connection._socket, ownsSocket: false);
            connection._writer = new StreamWriter(stream, WorkerProtocol.Encoding) { AutoFlush = true, NewLine = "\n" };
            _ = connection.ReadLoopAsync(stream);
            var init = WorkerProtocol.Message("init");
            init["directory"] = connection._worker.Directory;
            await connection.SendAsync(init, timeout.Token).ConfigureAwait(false);
            var ready = await connection.ReceiveAsync(timeout.Token).ConfigureAwait(false);
            if (ready is null || WorkerProtocol.TypeOf(ready) != "ready")
            {
                throw new InvalidOperationException($"The grading worker did not start ({await connection._worker.DescribeExitAsync().ConfigureAwait(false)}).");
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task SendAsync(JsonObject message, CancellationToken cancellationToken)
    {
        await _writer!.WriteLineAsync(message.ToJsonString().AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next message, or <see langword="null"/> when the worker closed the connection.</summary>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _incoming.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_writer is not null && !_worker!.Exited.IsCompleted)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await SendAsync(WorkerProtocol.Message("exit"), quick.Token).ConfigureAwait(false);
                await _worker.Exited.WaitAsync(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException or TimeoutException)
        {
            // Stuck or gone: killed below.
        }

        if (_worker is not null)
        {
            await _worker.KillAsync().ConfigureAwait(false);
            await _worker.DisposeAsync().ConfigureAwait(false);
        }

        _socket?.Dispose();
        _listener.Dispose();
    }

    private async Task ReadLoopAsync(Stream stream)
    {
        try
        {
            using var reader = new StreamReader(stream, WorkerProtocol.Encoding);
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                await _incoming.Writer.WriteAsync(JsonNode.Parse(line)!.AsObject()).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or JsonException or InvalidOperationException or NullReferenceException)
        {
            // Connection lost or garbage: treated as the worker's end.
        }
        finally
        {
            _incoming.Writer.TryComplete();
        }
    }
}
