using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using VirtLab.Notebooks.Execution;

namespace VirtLab.Notebooks.Tests.Execution;

/// <summary>The worker protocol's channel and listener: framing limits and the one-connection, right-peer rule.</summary>
public sealed class WorkerChannelTests
{
    [Fact]
    public async Task Messages_round_trip_and_an_oversized_frame_ends_the_connection_without_buffering_it()
    {
        using var listener = WorkerListener.Create();
        var client = WorkerChannel.ConnectAsync(listener.SocketPath);
        await using var server = await listener.AcceptAsync(null, null, CancellationToken.None);
        await using var worker = await client;
        await worker.SendAsync(new JsonObject { ["type"] = "ready" });
        Assert.Equal("ready", WorkerProtocol.TypeOf((await server.ReceiveAsync())!));

        // A hostile worker announces a 2 GB message: the reader refuses it at the header.
        using var raw = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        using var second = WorkerListener.Create();
        var accept = second.AcceptAsync(null, null, CancellationToken.None);
        await raw.ConnectAsync(new UnixDomainSocketEndPoint(second.SocketPath));
        await using var victim = await accept;
        var header = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, int.MaxValue);
        await raw.SendAsync(header);
        Assert.Null(await victim.ReceiveAsync());
    }

    [Fact]
    public async Task The_socket_is_private_takes_one_connection_and_checks_the_peer()
    {
        using var listener = WorkerListener.Create();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(listener.Folder));
        var connect = WorkerChannel.ConnectAsync(listener.SocketPath);

        // This process is the peer, but the listener expects another pid: refused.
        await Assert.ThrowsAsync<InvalidOperationException>(() => listener.AcceptAsync(null, () => Environment.ProcessId + 1, CancellationToken.None));
        await (await connect).DisposeAsync();
        Assert.False(File.Exists(listener.SocketPath));
        await Assert.ThrowsAnyAsync<Exception>(() => WorkerChannel.ConnectAsync(listener.SocketPath));
    }
}
