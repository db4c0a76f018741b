using System.Net.Sockets;
using System.Text.Json.Nodes;
using VirtLab.Notebooks.Execution;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// The grader's side of one worker: the worker (process or container) and the one connection of the worker protocol
/// (<see cref="WorkerProtocol"/>), accepted on a private <see cref="WorkerListener"/> from the expected peer only.
/// </summary>
internal sealed class GradingConnection : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private IWorkerProcess? _worker;
    private WorkerChannel? _channel;

    public IWorkerProcess Worker => _worker!;

    /// <summary>
    /// Listens in <paramref name="ipcDirectory"/>, starts a worker with <paramref name="start"/> (given the socket path
    /// and name), accepts its connection (peer uid <paramref name="peerUid"/>) and waits until it is ready.
    /// </summary>
    public static async Task<GradingConnection> StartAsync(
        string ipcDirectory, int? ownerUid, int peerUid, Func<string, string, Task<IWorkerProcess>> start, CancellationToken cancellationToken)
    {
        var connection = new GradingConnection();
        var listener = WorkerListener.Create(ipcDirectory, ownerUid);
        try
        {
            connection._worker = await start(listener.SocketPath, WorkerListener.SocketName).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            var accept = listener.AcceptAsync(peerUid, () => connection._worker.ProcessId, timeout.Token);
            if (await Task.WhenAny(accept, connection._worker.Exited).ConfigureAwait(false) != accept)
            {
                throw new InvalidOperationException($"The grading worker exited before it connected ({await connection._worker.DescribeExitAsync().ConfigureAwait(false)}).");
            }

            connection._channel = await accept.ConfigureAwait(false);
            var init = WorkerProtocol.Message(WorkerProtocol.Init);
            init["directory"] = connection._worker.Directory;
            await connection.SendAsync(init, timeout.Token).ConfigureAwait(false);
            var ready = await connection.ReceiveAsync(timeout.Token).ConfigureAwait(false);
            if (ready is null || WorkerProtocol.TypeOf(ready) != WorkerProtocol.Ready)
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
        finally
        {
            listener.Dispose();
        }
    }

    public Task SendAsync(JsonObject message, CancellationToken cancellationToken) => _channel!.SendAsync(message, cancellationToken);

    /// <summary>The next message, or <see langword="null"/> when the worker closed the connection or broke the protocol.</summary>
    public Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken) => _channel!.ReceiveAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_channel is not null && !_worker!.Exited.IsCompleted)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await SendAsync(WorkerProtocol.Message(WorkerProtocol.Exit), quick.Token).ConfigureAwait(false);
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

        if (_channel is not null)
        {
            await _channel.DisposeAsync().ConfigureAwait(false);
        }
    }
}
