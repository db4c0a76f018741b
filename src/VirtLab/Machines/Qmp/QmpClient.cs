using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace VirtLab.Machines.Qmp;

/// <summary>A client for the QEMU Machine Protocol over a Unix-domain socket, with one operation group per area.</summary>
/// <remarks>
/// Protocol (QEMU <c>docs/interop/qmp-spec.rst</c>): the server greets, the client sends <c>qmp_capabilities</c>,
/// then commands <c>{"execute", "arguments", "id"}</c> are answered by <c>{"return"}</c> or <c>{"error"}</c> echoing
/// the id, while events may arrive in between. This client matches replies by id and keeps every event in
/// <see cref="Events"/>. Each call has a timeout (default <see cref="DefaultTimeout"/>) on top of the caller's token.
/// Shape after Docker.DotNet: <c>client.Machine.QueryStatusAsync()</c>, <c>client.Migration.QueryMigrateAsync()</c>.
/// </remarks>
public sealed class QmpClient : IAsyncDisposable
{
    /// <summary>Timeout for one command when the caller gives none.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly StreamReader _reader;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, (string Command, TaskCompletionSource<JsonElement> Reply)> _pending = new();
    private readonly List<QmpEvent> _events = [];
    private readonly object _eventsLock = new();
    private TaskCompletionSource _eventArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task _readLoop = Task.CompletedTask;
    private long _nextId;
    private volatile bool _closed;
    private int _disposed;

    private QmpClient(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: false);
        _reader = new StreamReader(_stream, new UTF8Encoding(false));
        Machine = new MachineOperations(this);
        Migration = new MigrationOperations(this);
        Balloon = new BalloonOperations(this);
        HumanMonitor = new HumanMonitorOperations(this);
        Greeting = new QmpGreeting(0, 0, 0, "", []);
    }

    /// <summary>The server's greeting (QEMU version and capabilities).</summary>
    public QmpGreeting Greeting { get; private set; }

    /// <summary>Run state: <c>query-status</c>, <c>stop</c>, <c>cont</c>, <c>system_powerdown</c>, <c>quit</c>, …</summary>
    public IMachineOperations Machine { get; }

    /// <summary>Live migration: <c>migrate</c>, <c>query-migrate</c>, capabilities and parameters.</summary>
    public IMigrationOperations Migration { get; }

    /// <summary>Memory balloon: <c>balloon</c>, <c>query-balloon</c>.</summary>
    public IBalloonOperations Balloon { get; }

    /// <summary>The human monitor (HMP) through <c>human-monitor-command</c>: <c>savevm</c>, <c>loadvm</c>, <c>info …</c>.</summary>
    public IHumanMonitorOperations HumanMonitor { get; }

    /// <summary>True once the socket has closed (QEMU quit or crashed).</summary>
    public bool IsClosed => _closed;

    /// <summary>Every event received so far, oldest first.</summary>
    public IReadOnlyList<QmpEvent> Events
    {
        get
        {
            lock (_eventsLock)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>How many events have arrived; pass it to <see cref="WaitForEventAsync"/> to wait only for newer ones.</summary>
    public int EventCount
    {
        get
        {
            lock (_eventsLock)
            {
                return _events.Count;
            }
        }
    }

    /// <summary>Connects to a QMP Unix socket, reads the greeting and negotiates capabilities.</summary>
    /// <param name="socketPath">The path given to <c>-qmp unix:PATH,server=on,wait=off</c>.</param>
    /// <param name="timeout">How long to keep trying (QEMU creates the socket shortly after it starts). Default 30 s.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <exception cref="TimeoutException">No QMP server answered in time.</exception>
    public static async Task<QmpClient> ConnectAsync(string socketPath, TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(socketPath);
        var limit = timeout ?? DefaultTimeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(limit);
        Exception? last = null;
        while (true)
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), timeoutSource.Token).ConfigureAwait(false);
                var client = new QmpClient(socket);
                await client.HandshakeAsync(timeoutSource.Token).ConfigureAwait(false);
                return client;
            }
            catch (Exception exception) when (exception is SocketException or IOException or FormatException
                                              && !timeoutSource.IsCancellationRequested)
            {
                socket.Dispose();
                last = exception;
                await Task.Delay(50, timeoutSource.Token).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                socket.Dispose();
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException(
                    $"No QMP server answered on {socketPath} within {limit.TotalSeconds:0.#} s (is QEMU running?). Last error: {last?.Message ?? "none"}");
            }
            if (timeoutSource.IsCancellationRequested)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException(
                    $"No QMP server answered on {socketPath} within {limit.TotalSeconds:0.#} s (is QEMU running?). Last error: {last?.Message ?? "none"}");
            }
        }
    }

    /// <summary>Sends one command and returns its <c>return</c> value.</summary>
    /// <param name="command">Command name, e.g. <c>query-status</c>.</param>
    /// <param name="arguments">Arguments object (anonymous types and dictionaries work), or null.</param>
    /// <param name="timeout">Timeout for the reply. Default <see cref="DefaultTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels the wait (the command may still run in QEMU).</param>
    /// <exception cref="QmpException">QEMU replied with an error, or the connection closed first (<c>ConnectionClosed</c>).</exception>
    /// <exception cref="TimeoutException">No reply in time.</exception>
    public async Task<JsonElement> ExecuteAsync(string command, object? arguments = null, TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        if (_closed)
        {
            throw new QmpException("ConnectionClosed", "The QMP connection is closed (QEMU has exited).", command);
        }
        var id = Interlocked.Increment(ref _nextId);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[key] = (command, reply);
        try
        {
            await WriteLineAsync(QmpMessage.FormatCommand(command, arguments, id), cancellationToken).ConfigureAwait(false);
            var limit = timeout ?? DefaultTimeout;
            try
            {
                return await reply.Task.WaitAsync(limit, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"QMP '{command}' got no reply within {limit.TotalSeconds:0.#} s.");
            }
        }
        finally
        {
            _pending.TryRemove(key, out _);
        }
    }

    /// <summary>Waits for the first event called <paramref name="name"/> after the first <paramref name="afterCount"/> events.</summary>
    /// <param name="name">Event name, e.g. <c>RESUME</c>.</param>
    /// <param name="afterCount">Ignore the first this-many events (take it from <see cref="EventCount"/> before acting).</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="TimeoutException">The event did not arrive in time.</exception>
    public async Task<QmpEvent> WaitForEventAsync(string name, int afterCount, TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegative(afterCount);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task arrived;
            lock (_eventsLock)
            {
                var found = _events.Skip(afterCount).FirstOrDefault(e => e.Name == name);
                if (found is not null)
                {
                    return found;
                }
                arrived = _eventArrived.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || _closed)
            {
                throw new TimeoutException(_closed
                    ? $"QMP closed before the {name} event arrived."
                    : $"The {name} event did not arrive within {timeout.TotalSeconds:0.#} s.");
            }
            try
            {
                await arrived.WaitAsync(left, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // loop once more; the check above throws with a clear message
            }
        }
    }

    /// <summary>Closes the socket (QEMU keeps running). Safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _closed = true;
        await _stop.CancelAsync().ConfigureAwait(false);
        _socket.Dispose();
        try
        {
            await _readLoop.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // the read loop ends with an error when the socket is torn down; nothing to report
        }
        _stream.Dispose();
        _writeLock.Dispose();
        _stop.Dispose();
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var line = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new IOException("QMP closed before sending its greeting.");
        var greeting = QmpMessage.Parse(line);
        Greeting = greeting.ToGreeting();
        _readLoop = Task.Run(ReadLoopAsync, CancellationToken.None);
        await ExecuteAsync("qmp_capabilities", null, DefaultTimeout, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var line = await _reader.ReadLineAsync(_stop.Token).ConfigureAwait(false);
                if (line is null)
                {
                    break;
                }
                if (line.Length == 0)
                {
                    continue;
                }
                Dispatch(QmpMessage.Parse(line));
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException
                                              or ObjectDisposedException or FormatException)
        {
            // EOF, ECONNRESET after quit, or a teardown: fall through and fail what is still waiting
        }
        _closed = true;
        foreach (var (_, (command, reply)) in _pending)
        {
            reply.TrySetException(new QmpException("ConnectionClosed", "QEMU closed the QMP connection before replying.", command));
        }
        lock (_eventsLock)
        {
            _eventArrived.TrySetResult();
        }
    }

    private void Dispatch(QmpMessage message)
    {
        switch (message.Kind)
        {
            case QmpMessageKind.Event:
                lock (_eventsLock)
                {
                    _events.Add(new QmpEvent(message.EventName ?? "", message.Body,
                        message.Timestamp ?? DateTimeOffset.UtcNow, _events.Count + 1));
                    var previous = _eventArrived;
                    _eventArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    previous.TrySetResult();
                }
                break;
            case QmpMessageKind.Return when message.Id is not null && _pending.TryGetValue(message.Id, out var waiting):
                waiting.Reply.TrySetResult(message.Body);
                break;
            case QmpMessageKind.Error when message.Id is not null && _pending.TryGetValue(message.Id, out var failing):
                failing.Reply.TrySetException(new QmpException(message.ErrorClass ?? "", message.ErrorDescription ?? "", failing.Command));
                break;
        }
    }

    private async Task WriteLineAsync(string json, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(json + "\n");
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
        {
            _closed = true;
            throw new QmpException("ConnectionClosed", $"Could not write to QMP: {exception.Message}");
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
