using System.Text.Json;

namespace VirtLab.Machines.Qmp;

/// <summary>An asynchronous QMP event such as <c>STOP</c>, <c>RESUME</c>, <c>SHUTDOWN</c>, <c>BALLOON_CHANGE</c> or <c>MIGRATION</c>.</summary>
/// <param name="Name">The event name.</param>
/// <param name="Data">The <c>data</c> member (an empty object when the event has none).</param>
/// <param name="Timestamp">QEMU's host-clock timestamp.</param>
/// <param name="Sequence">1 for the first event this client received, 2 for the next, and so on.</param>
public sealed record QmpEvent(string Name, JsonElement Data, DateTimeOffset Timestamp, int Sequence)
{
    /// <summary>One line: time, name and data.</summary>
    public override string ToString() => $"{Timestamp:HH:mm:ss.fff} {Name} {Data.GetRawText()}";
}
