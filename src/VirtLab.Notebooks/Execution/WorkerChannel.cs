using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Execution;

/// <summary>
/// One end of the worker protocol (<see cref="WorkerProtocol"/>): a single Unix-socket connection carrying
/// length-prefixed JSON messages (4-byte big-endian length, then that many bytes of UTF-8 JSON). A message longer than
/// <see cref="MaxMessageBytes"/>, malformed JSON or anything but an object ends the connection, so a hostile peer can
/// neither make the other side buffer without bound nor confuse it.
/// </summary>
internal sealed class WorkerChannel : IAsyncDisposable
{
    /// <summary>Largest message accepted (16 MiB): outputs are bounded per cell well below it.</summary>
    public const int MaxMessageBytes = 16 << 20;

    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly byte[] _header = new byte[4];

    internal WorkerChannel(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>Connects to the listener at <paramref name="socketPath"/> (the worker's side).</summary>
    public static async Task<WorkerChannel> ConnectAsync(string socketPath, CancellationToken cancellationToken = default)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
            return new WorkerChannel(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends one message (thread-safe).</summary>
    public async Task SendAsync(JsonObject message, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        if (body.Length > MaxMessageBytes)
        {
            throw new InvalidOperationException($"A worker message of {body.Length} bytes is over the protocol's limit of {MaxMessageBytes} bytes.");
        }

        var header = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, body.Length);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await _stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Sends one message synchronously (for callbacks that cannot await).</summary>
    public void Send(JsonObject message) => SendAsync(message).GetAwaiter().GetResult();

    /// <summary>The next message, or <see langword="null"/> when the connection ended or the peer broke the protocol.</summary>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _stream.ReadExactlyAsync(_header, cancellationToken).ConfigureAwait(false);
            var length = BinaryPrimitives.ReadInt32BigEndian(_header);
            if (length is < 2 or > MaxMessageBytes)
            {
                return Broken();
            }

            var body = new byte[length];
            await _stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
            return JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 64 }) as JsonObject ?? Broken();
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or SocketException or ObjectDisposedException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Closes the connection.</summary>
    public ValueTask DisposeAsync()
    {
        _stream.Dispose();
        _socket.Dispose();
        _writeGate.Dispose();
        return ValueTask.CompletedTask;
    }

    private JsonObject? Broken()
    {
        _socket.Dispose();
        return null;
    }
}
