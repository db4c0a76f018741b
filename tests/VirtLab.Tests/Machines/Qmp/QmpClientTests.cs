using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using VirtLab.Machines.Qmp;

namespace VirtLab.Tests.Machines.Qmp;

/// <summary>Tests the client against a scripted QMP server on a Unix socket (the protocol of qmp-spec.rst).</summary>
public sealed class QmpClientTests : IAsyncLifetime
{
    private const string Greeting = """{"QMP": {"version": {"qemu": {"micro": 22, "minor": 2, "major": 7}, "package": "test"}, "capabilities": ["oob"]}}""";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"qmp-test-{Guid.NewGuid():N}.sock");
    private Socket _listener = null!;

    public Task InitializeAsync()
    {
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(_path));
        _listener.Listen(1);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _listener.Dispose();
        File.Delete(_path);
        return Task.CompletedTask;
    }

    private sealed class Server(Socket socket) : IAsyncDisposable
    {
        private readonly NetworkStream _stream = new(socket, ownsSocket: true);
        private readonly StreamReader _reader = new(new NetworkStream(socket, ownsSocket: false));

        public async Task SendAsync(string json) => await _stream.WriteAsync(Encoding.UTF8.GetBytes(json + "\r\n"));

        public async Task<JsonElement> ReceiveAsync() => JsonDocument.Parse((await _reader.ReadLineAsync())!).RootElement.Clone();

        public async ValueTask DisposeAsync()
        {
            _reader.Dispose();
            await _stream.DisposeAsync();
        }
    }

    private async Task<(QmpClient Client, Server Server)> ConnectAsync()
    {
        var accept = _listener.AcceptAsync();
        var connect = QmpClient.ConnectAsync(_path, TimeSpan.FromSeconds(10));
        var server = new Server(await accept);
        await server.SendAsync(Greeting);
        var negotiation = await server.ReceiveAsync();
        Assert.Equal("qmp_capabilities", negotiation.GetProperty("execute").GetString());
        await server.SendAsync($$"""{"return": {}, "id": {{negotiation.GetProperty("id").GetRawText()}}}""");
        return (await connect, server);
    }

    [Fact]
    public async Task Negotiates_capabilities_after_the_greeting()
    {
        var (client, server) = await ConnectAsync();
        await using (server)
        await using (client)
        {
            Assert.Equal(7, client.Greeting.Major);
            Assert.Equal(["oob"], client.Greeting.Capabilities);
            await client.DisposeAsync();
            await client.DisposeAsync(); // idempotent, as VirtualMachine disposes after a shutdown
            Assert.True(client.IsClosed);
        }
    }

    [Fact]
    public async Task Matches_replies_by_id_even_out_of_order_and_queues_events_that_arrive_between()
    {
        var (client, server) = await ConnectAsync();
        await using (server)
        await using (client)
        {
            var status = client.Machine.QueryStatusAsync();
            var balloon = client.Balloon.QueryBalloonAsync();
            var first = await server.ReceiveAsync();
            var second = await server.ReceiveAsync();
            var (statusId, balloonId) = first.GetProperty("execute").GetString() == "query-status"
                ? (first.GetProperty("id").GetRawText(), second.GetProperty("id").GetRawText())
                : (second.GetProperty("id").GetRawText(), first.GetProperty("id").GetRawText());
            await server.SendAsync("""{"timestamp": {"seconds": 1, "microseconds": 2}, "event": "STOP"}""");
            await server.SendAsync($$"""{"return": {"actual": 167772160}, "id": {{balloonId}}}""");
            await server.SendAsync($$"""{"return": {"status": "paused", "singlestep": false, "running": false}, "id": {{statusId}}}""");

            Assert.Equal(167772160, (await balloon).ActualBytes);
            Assert.Equal(new StatusResponse("paused", false), await status);
            var stop = await client.WaitForEventAsync("STOP", 0, TimeSpan.FromSeconds(5));
            Assert.Equal(1, stop.Sequence);
            Assert.Equal(1, client.EventCount);
        }
    }

    [Fact]
    public async Task An_error_reply_becomes_a_QmpException_with_class_and_description()
    {
        var (client, server) = await ConnectAsync();
        await using (server)
        await using (client)
        {
            var call = client.Balloon.QueryBalloonAsync();
            var request = await server.ReceiveAsync();
            await server.SendAsync($$"""{"error": {"class": "DeviceNotActive", "desc": "No balloon device has been activated"}, "id": {{request.GetProperty("id").GetRawText()}}}""");
            var error = await Assert.ThrowsAsync<QmpException>(() => call);
            Assert.Equal("DeviceNotActive", error.ErrorClass);
            Assert.Equal("No balloon device has been activated", error.Description);
            Assert.Equal("query-balloon", error.Command);
        }
    }

    [Fact] // on quit, QEMU sends SHUTDOWN and may close the socket before the reply (docker-and-qmp.md §8.1)
    public async Task Quit_succeeds_when_the_server_closes_before_replying()
    {
        var (client, server) = await ConnectAsync();
        await using (client)
        {
            var quit = client.Machine.QuitAsync();
            await server.ReceiveAsync();
            await server.SendAsync("""{"timestamp": {"seconds": 1, "microseconds": 0}, "event": "SHUTDOWN", "data": {"guest": false, "reason": "host-qmp-quit"}}""");
            await server.DisposeAsync();
            await quit;
            Assert.Equal("SHUTDOWN", client.Events.Single().Name);
            var closed = await Assert.ThrowsAsync<QmpException>(() => client.Machine.QueryStatusAsync());
            Assert.Equal("ConnectionClosed", closed.ErrorClass);
        }
    }

    [Fact]
    public async Task A_missing_event_times_out_with_its_name_in_the_message()
    {
        var (client, server) = await ConnectAsync();
        await using (server)
        await using (client)
        {
            var error = await Assert.ThrowsAsync<TimeoutException>(() => client.WaitForEventAsync("RESUME", 0, TimeSpan.FromMilliseconds(200)));
            Assert.Contains("RESUME", error.Message);
        }
    }

    [Fact]
    public async Task Connecting_to_nothing_times_out_with_a_hint()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            QmpClient.ConnectAsync(Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.sock"), TimeSpan.FromMilliseconds(300)));
        Assert.Contains("is QEMU running?", error.Message);
    }
}
