using System.Text;
using VirtLab.Display;

namespace VirtLab.Reliability.Supervision;

/// <summary>A snapshot of what a <see cref="ContainerSupervisor"/> saw and did.</summary>
/// <param name="Events">Every event, in time order.</param>
/// <param name="Incidents">Every finished incident, in time order.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record SupervisionTimeline(IReadOnlyList<SupervisionEvent> Events, IReadOnlyList<SupervisedIncident> Incidents) : IHtmlRenderable
{
    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var e in Events)
        {
            text.AppendLine(e.ToString());
        }

        foreach (var i in Incidents)
        {
            text.AppendLine(i.ToString());
        }

        return text.ToString().TrimEnd();
    }

    /// <inheritdoc />
    public string ToHtml()
    {
        var incidents = new ResultTable("Incidents", "container", "cause", "failed at", "detected after (s)", "recovered after (s)", "attempts");
        foreach (var i in Incidents)
        {
            incidents.Row(i.Container, i.Cause, i.FailedAt.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture),
                i.TimeToDetect.TotalSeconds, i.TimeToRecover is { } r ? ResultTable.Number(r.TotalSeconds) : "not recovered", i.Attempts);
        }

        var events = new ResultTable("Timeline", "time", "container", "event", "detail");
        foreach (var e in Events)
        {
            events.Row(e.Time.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture), e.Container, e.Kind.ToString(), e.Detail);
        }

        return incidents + events.ToString();
    }
}
