using System.Buffers.Binary;
using System.Text;

namespace VirtLab.Containers;

/// <summary>
/// Container output as the engine sends it for logs and exec: with <c>Tty = false</c>, frames of an
/// 8-byte header <c>[stream, 0, 0, 0, length (uint32 big-endian)]</c> and a payload; with <c>Tty = true</c>,
/// raw bytes (all of it stdout).
/// </summary>
/// <remarks>Frames do not follow line boundaries and one read can hold part of a header, so the reader buffers until a header is whole.</remarks>
public sealed class MultiplexedStream : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _multiplexed;
    private readonly IDisposable? _owner;
    private readonly byte[] _header = new byte[8];
    private TargetStream _target;
    private int _remaining;

    /// <summary>Wraps a stream.</summary>
    /// <param name="stream">The body the engine sends.</param>
    /// <param name="multiplexed"><see langword="true"/> when the container or exec has no TTY.</param>
    /// <param name="owner">Disposed with this stream (the HTTP response).</param>
    public MultiplexedStream(Stream stream, bool multiplexed, IDisposable? owner = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _multiplexed = multiplexed;
        _owner = owner;
    }

    /// <summary>Reads the next chunk of output.</summary>
    /// <returns>The byte count and its stream; <see cref="ReadResult.EOF"/> at the end.</returns>
    public async Task<ReadResult> ReadOutputAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (!_multiplexed)
        {
            var n = await _stream.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);
            return new ReadResult(n, TargetStream.StandardOut, n == 0);
        }

        while (_remaining == 0)
        {
            if (!await ReadHeaderAsync(cancellationToken).ConfigureAwait(false))
            {
                return new ReadResult(0, TargetStream.StandardOut, true);
            }
        }

        var read = await _stream.ReadAsync(buffer.AsMemory(offset, Math.Min(count, _remaining)), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new EndOfStreamException($"The engine closed the stream inside a frame ({_remaining} bytes missing).");
        }

        _remaining -= read;
        return new ReadResult(read, _target, false);
    }

    /// <summary>Reads to the end and returns all of stdout and stderr as UTF-8 text.</summary>
    public async Task<(string Stdout, string Stderr)> ReadOutputToEndAsync(CancellationToken cancellationToken = default)
    {
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        var buffer = new byte[81920];
        while (true)
        {
            var result = await ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (result.EOF)
            {
                break;
            }

            var target = result.Target is TargetStream.StandardError or TargetStream.SystemError ? stderr : stdout;
            target.Write(buffer, 0, result.Count);
        }

        return (Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream.Dispose();
        _owner?.Dispose();
    }

    private async Task<bool> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < _header.Length)
        {
            var n = await _stream.ReadAsync(_header.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                if (filled == 0)
                {
                    return false;
                }

                throw new EndOfStreamException($"The engine closed the stream inside a frame header ({filled} of 8 bytes).");
            }

            filled += n;
        }

        if (_header[0] > 3)
        {
            throw new InvalidDataException($"Not a multiplexed stream: frame header starts with byte {_header[0]} (expected 0-3). Is the container's Tty flag right?");
        }

        _target = (TargetStream)_header[0];
        _remaining = checked((int)BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(4)));
        return true;
    }

    /// <summary>One chunk of output.</summary>
    /// <param name="Count">Bytes read.</param>
    /// <param name="Target">The stream they came from.</param>
    /// <param name="EOF">Whether the output has ended.</param>
    public readonly record struct ReadResult(int Count, TargetStream Target, bool EOF);
}
