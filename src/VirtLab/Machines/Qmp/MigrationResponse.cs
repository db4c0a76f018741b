using System.Globalization;
using System.Text;
using System.Text.Json;
using VirtLab.Display;

namespace VirtLab.Machines.Qmp;

/// <summary>Reply of <c>query-migrate</c>: status, times and RAM statistics as QEMU measured them.</summary>
/// <param name="Status"><c>none</c>, <c>setup</c>, <c>active</c>, <c>device</c>, <c>completed</c>, <c>failed</c>, <c>cancelled</c>, …</param>
/// <param name="TotalTimeMilliseconds"><c>total-time</c>: time since the migration started (final value when completed).</param>
/// <param name="DowntimeMilliseconds"><c>downtime</c>: how long the guest was paused for the last copy (completed only).</param>
/// <param name="ExpectedDowntimeMilliseconds"><c>expected-downtime</c>: QEMU's estimate while active.</param>
/// <param name="SetupTimeMilliseconds"><c>setup-time</c>.</param>
/// <param name="TransferredBytes"><c>ram.transferred</c>: bytes sent so far.</param>
/// <param name="RemainingBytes"><c>ram.remaining</c>: dirty RAM still to send.</param>
/// <param name="TotalBytes"><c>ram.total</c>: guest RAM size.</param>
/// <param name="DuplicatePages"><c>ram.duplicate</c>: zero pages sent as a marker only.</param>
/// <param name="NormalPages"><c>ram.normal</c>: pages sent in full.</param>
/// <param name="DirtyPagesRate"><c>ram.dirty-pages-rate</c>: pages the guest dirtied per second at the last sync.</param>
/// <param name="DirtySyncCount"><c>ram.dirty-sync-count</c>: dirty-bitmap syncs, i.e. the number of pre-copy rounds (there is no "iterations" field).</param>
/// <param name="Mbps"><c>ram.mbps</c>: throughput in megabits per second.</param>
/// <param name="PageSize"><c>ram.page-size</c>, bytes.</param>
/// <param name="DowntimeBytes"><c>ram.downtime-bytes</c>: bytes sent while the guest was paused.</param>
/// <param name="ErrorDescription"><c>error-desc</c> when the status is <c>failed</c>.</param>
/// <remarks>Field meanings: QEMU <c>qapi/migration.json</c> (MigrationInfo, MigrationStats).</remarks>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record MigrationResponse(string Status, long? TotalTimeMilliseconds, long? DowntimeMilliseconds,
    long? ExpectedDowntimeMilliseconds, long? SetupTimeMilliseconds, long TransferredBytes, long RemainingBytes,
    long TotalBytes, long DuplicatePages, long NormalPages, long DirtyPagesRate, long DirtySyncCount, double Mbps,
    long PageSize, long DowntimeBytes, string? ErrorDescription) : IHtmlRenderable
{
    /// <summary>Builds the record from the JSON <c>return</c> value of <c>query-migrate</c>.</summary>
    public static MigrationResponse FromJson(JsonElement reply)
    {
        var ram = reply.TryGetProperty("ram", out var r) ? r : default;
        return new MigrationResponse(
            reply.TryGetProperty("status", out var status) ? status.GetString() ?? "none" : "none",
            Int(reply, "total-time"), Int(reply, "downtime"), Int(reply, "expected-downtime"), Int(reply, "setup-time"),
            Int(ram, "transferred") ?? 0, Int(ram, "remaining") ?? 0, Int(ram, "total") ?? 0, Int(ram, "duplicate") ?? 0,
            Int(ram, "normal") ?? 0, Int(ram, "dirty-pages-rate") ?? 0, Int(ram, "dirty-sync-count") ?? 0,
            ram.ValueKind == JsonValueKind.Object && ram.TryGetProperty("mbps", out var mbps) ? mbps.GetDouble() : 0,
            Int(ram, "page-size") ?? 0, Int(ram, "downtime-bytes") ?? 0,
            reply.TryGetProperty("error-desc", out var error) ? error.GetString() : null);
    }

    /// <summary>One line with the numbers a lesson talks about.</summary>
    public override string ToString() =>
        $"migration {Status}: total {TotalTimeMilliseconds} ms, downtime {DowntimeMilliseconds?.ToString(CultureInfo.InvariantCulture) ?? "-"} ms, " +
        $"transferred {TransferredBytes / 1e6:0.0} MB of {TotalBytes / 1e6:0.0} MB, rounds (dirty-sync-count) {DirtySyncCount}, " +
        $"dirty rate {DirtyPagesRate} pages/s, {Mbps:0} Mbit/s" + (ErrorDescription is null ? "" : $", error: {ErrorDescription}");

    /// <summary>A two-column table.</summary>
    public string ToHtml()
    {
        var rows = new (string, string)[]
        {
            ("status", Status),
            ("total-time", $"{TotalTimeMilliseconds} ms"),
            ("downtime", DowntimeMilliseconds is null ? "-" : $"{DowntimeMilliseconds} ms"),
            ("setup-time", $"{SetupTimeMilliseconds} ms"),
            ("transferred", $"{TransferredBytes:N0} bytes"),
            ("remaining", $"{RemainingBytes:N0} bytes"),
            ("total RAM", $"{TotalBytes:N0} bytes"),
            ("zero pages (duplicate)", $"{DuplicatePages:N0}"),
            ("full pages (normal)", $"{NormalPages:N0}"),
            ("dirty-pages-rate", $"{DirtyPagesRate:N0} pages/s"),
            ("rounds (dirty-sync-count)", $"{DirtySyncCount}"),
            ("throughput", string.Create(CultureInfo.InvariantCulture, $"{Mbps:0.0} Mbit/s")),
            ("downtime-bytes", $"{DowntimeBytes:N0} bytes"),
        };
        var html = new StringBuilder("<table><tr><th>query-migrate</th><th>value</th></tr>");
        foreach (var (name, value) in rows)
        {
            html.Append("<tr><td>").Append(name).Append("</td><td>").Append(System.Net.WebUtility.HtmlEncode(value)).Append("</td></tr>");
        }
        if (ErrorDescription is not null)
        {
            html.Append("<tr><td>error-desc</td><td>").Append(System.Net.WebUtility.HtmlEncode(ErrorDescription)).Append("</td></tr>");
        }
        return html.Append("</table>").ToString();
    }

    private static long? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt64()
            : null;
}
