using System.Text;
using VirtLab.Containers;

namespace VirtLab.Tests.Containers;

public sealed class MultiplexedStreamTests
{
    private static byte[] Frame(byte stream, string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        var frame = new byte[8 + payload.Length];
        frame[0] = stream;
        frame[4] = (byte)(payload.Length >> 24);
        frame[5] = (byte)(payload.Length >> 16);
        frame[6] = (byte)(payload.Length >> 8);
        frame[7] = (byte)payload.Length;
        payload.CopyTo(frame, 8);
        return frame;
    }

    [Fact]
    public async Task Splits_the_engines_own_bytes_into_stdout_and_stderr()
    {
        // The bytes observed from GET /logs on Docker 20.10 (docker-and-qmp.md §3.1).
        var bytes = Frame(1, "out1\n").Concat(Frame(2, "err1\n")).Concat(Frame(1, "out2\n")).ToArray();
        using var stream = new MultiplexedStream(new MemoryStream(bytes), multiplexed: true);
        var (stdout, stderr) = await stream.ReadOutputToEndAsync();
        Assert.Equal("out1\nout2\n", stdout);
        Assert.Equal("err1\n", stderr);
    }

    [Fact]
    public async Task Handles_frames_split_across_reads()
    {
        var bytes = Frame(1, new string('x', 5000)).Concat(Frame(2, "e")).ToArray();
        using var stream = new MultiplexedStream(new TrickleStream(bytes, 3), multiplexed: true);
        var (stdout, stderr) = await stream.ReadOutputToEndAsync();
        Assert.Equal(5000, stdout.Length);
        Assert.Equal("e", stderr);
    }

    [Fact]
    public async Task Raw_tty_output_is_all_stdout()
    {
        using var stream = new MultiplexedStream(new MemoryStream(Encoding.UTF8.GetBytes("ttyout\r\nttyerr\r\n")), multiplexed: false);
        var (stdout, stderr) = await stream.ReadOutputToEndAsync();
        Assert.Equal("ttyout\r\nttyerr\r\n", stdout);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public async Task A_truncated_frame_is_an_error_not_silent_loss()
    {
        var bytes = Frame(1, "hello").Take(10).ToArray();
        using var stream = new MultiplexedStream(new MemoryStream(bytes), multiplexed: true);
        await Assert.ThrowsAsync<EndOfStreamException>(() => stream.ReadOutputToEndAsync());
    }

    [Fact]
    public async Task Unframed_bytes_are_reported_as_a_wrong_tty_flag()
    {
        using var stream = new MultiplexedStream(new MemoryStream(Encoding.UTF8.GetBytes("hello world\n")), multiplexed: true);
        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => stream.ReadOutputToEndAsync());
        Assert.Contains("Tty", ex.Message);
    }

    /// <summary>Returns at most <c>chunk</c> bytes per read, as a socket may.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
