using System.Text;
using VirtLab.Display;
using VirtLab.Machines.Qmp;

namespace VirtLab.Machines;

/// <summary>A completed live migration: QEMU's final statistics, the samples taken on the way, and both ends' status.</summary>
/// <param name="Final">The source's last <c>query-migrate</c> reply (status <c>completed</c>).</param>
/// <param name="Samples">Polls taken about every 100 ms while it ran.</param>
/// <param name="SourceStatus">Source QMP status afterwards (<c>postmigrate</c>: paused, memory handed over).</param>
/// <param name="TargetStatus">Destination QMP status afterwards (<c>running</c>).</param>
/// <param name="SourceEvents">Events the source emitted during the migration (MIGRATION, MIGRATION_PASS, STOP, …).</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record MigrationResult(MigrationResponse Final, IReadOnlyList<MigrationSample> Samples, string SourceStatus,
    string TargetStatus, IReadOnlyList<QmpEvent> SourceEvents) : IHtmlRenderable
{
    /// <summary>Total time, downtime, bytes and rounds in one line.</summary>
    public override string ToString() => $"{Final} | source {SourceStatus}, destination {TargetStatus}";

    /// <summary>The statistics table plus both ends' status.</summary>
    public string ToHtml() => new StringBuilder(Final.ToHtml())
        .Append("<p>source: <b>").Append(SourceStatus).Append("</b>, destination: <b>").Append(TargetStatus)
        .Append("</b>, ").Append(Samples.Count).Append(" samples</p>").ToString();
}
