using System.Text.Json;
using VirtLab.Machines.Qmp;

namespace VirtLab.Tests.Machines.Qmp;

public sealed class QmpMessageTests
{
    [Fact] // greeting observed from QEMU 7.2.22 on Debian 12 (docker-and-qmp.md §8.1)
    public void Parses_the_greeting()
    {
        var message = QmpMessage.Parse("""{"QMP": {"version": {"qemu": {"micro": 22, "minor": 2, "major": 7}, "package": "Debian 1:7.2+dfsg-7+deb12u18+b3"}, "capabilities": ["oob"]}}""");
        Assert.Equal(QmpMessageKind.Greeting, message.Kind);
        var greeting = message.ToGreeting();
        Assert.Equal((7, 2, 22), (greeting.Major, greeting.Minor, greeting.Micro));
        Assert.Equal("Debian 1:7.2+dfsg-7+deb12u18+b3", greeting.Package);
        Assert.Equal(["oob"], greeting.Capabilities);
    }

    [Fact]
    public void Parses_a_return_with_its_id()
    {
        var message = QmpMessage.Parse("""{"return": {"status": "running", "singlestep": false, "running": true}, "id": 7}""");
        Assert.Equal(QmpMessageKind.Return, message.Kind);
        Assert.Equal("7", message.Id);
        Assert.Equal("running", message.Body.GetProperty("status").GetString());
    }

    [Fact] // error text observed for a balloon query without a balloon device
    public void Parses_an_error_class_and_description()
    {
        var message = QmpMessage.Parse("""{"id": 3, "error": {"class": "DeviceNotActive", "desc": "No balloon device has been activated"}}""");
        Assert.Equal(QmpMessageKind.Error, message.Kind);
        Assert.Equal("3", message.Id);
        Assert.Equal("DeviceNotActive", message.ErrorClass);
        Assert.Equal("No balloon device has been activated", message.ErrorDescription);
    }

    [Fact]
    public void Parses_an_event_with_its_timestamp()
    {
        var message = QmpMessage.Parse("""{"timestamp": {"seconds": 1700000000, "microseconds": 250000}, "event": "SHUTDOWN", "data": {"guest": false, "reason": "host-qmp-quit"}}""");
        Assert.Equal(QmpMessageKind.Event, message.Kind);
        Assert.Equal("SHUTDOWN", message.EventName);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000).AddMilliseconds(250), message.Timestamp);
        Assert.Equal("host-qmp-quit", message.Body.GetProperty("reason").GetString());
    }

    [Fact]
    public void An_event_without_data_gets_an_empty_object()
    {
        var message = QmpMessage.Parse("""{"timestamp": {"seconds": 1, "microseconds": 0}, "event": "STOP"}""");
        Assert.Equal(JsonValueKind.Object, message.Body.ValueKind);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{"something": 1}""")]
    public void Refuses_what_is_not_a_QMP_message(string line) =>
        Assert.Throws<FormatException>(() => QmpMessage.Parse(line));

    [Fact]
    public void Formats_commands_with_and_without_arguments()
    {
        Assert.Equal("""{"execute":"query-status","id":1}""", QmpMessage.FormatCommand("query-status", null, 1));
        Assert.Equal("""{"execute":"balloon","arguments":{"value":167772160},"id":2}""",
            QmpMessage.FormatCommand("balloon", new { value = 167772160L }, 2));
        Assert.Equal("""{"execute":"human-monitor-command","arguments":{"command-line":"savevm s1"},"id":3}""",
            QmpMessage.FormatCommand("human-monitor-command", new Dictionary<string, string> { ["command-line"] = "savevm s1" }, 3));
    }
}
