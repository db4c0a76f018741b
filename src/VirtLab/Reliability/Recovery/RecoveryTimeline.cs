using System.Text;
using VirtLab.Display;

namespace VirtLab.Reliability.Recovery;

/// <summary>What <see cref="RecoverySimulation.Run"/> saw: every incident, and the availability they add up to.</summary>
/// <param name="Strategy">The strategy's description.</param>
/// <param name="Incidents">The incidents, in time order.</param>
/// <param name="Horizon">Simulated seconds.</param>
/// <param name="ExpectedAvailability">MTBF/(MTBF + expected downtime), the formula the simulation is checked against.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record RecoveryTimeline(string Strategy, IReadOnlyList<Incident> Incidents, double Horizon, double ExpectedAvailability) : IHtmlRenderable
{
    /// <summary>Total downtime inside the horizon.</summary>
    public double TotalDowntime => Incidents.Sum(i => Math.Min(i.RecoveredAt, Horizon) - i.FailedAt);

    /// <summary>Simulated availability, 1 − downtime/horizon.</summary>
    public double Availability => 1 - TotalDowntime / Horizon;

    /// <summary>Mean time to detect over the incidents (0 if none).</summary>
    public double MeanTimeToDetect => Incidents.Count == 0 ? 0 : Incidents.Average(i => i.TimeToDetect);

    /// <summary>Mean time to recover (failure to healthy) over the incidents (0 if none).</summary>
    public double MeanTimeToRecover => Incidents.Count == 0 ? 0 : Incidents.Average(i => i.Downtime);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder($"{Strategy}: {Incidents.Count} incident(s), availability {ResultTable.Number(Availability)} (formula {ResultTable.Number(ExpectedAvailability)}), MTTR {ResultTable.Number(MeanTimeToRecover)} s");
        foreach (var incident in Incidents.Take(5))
        {
            text.Append("\n  ").Append(incident);
        }

        if (Incidents.Count > 5)
        {
            text.Append("\n  ...");
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public string ToHtml()
    {
        var table = new ResultTable($"{Strategy}: availability {ResultTable.Number(Availability)} (formula {ResultTable.Number(ExpectedAvailability)})",
            "failed at (s)", "detected after (s)", "recovered after (s)", "attempts");
        foreach (var i in Incidents.Take(20))
        {
            table.Row(i.FailedAt, i.TimeToDetect, i.Downtime, i.Attempts);
        }

        if (Incidents.Count > 20)
        {
            table.Row($"... {Incidents.Count - 20} more", "", "", "");
        }

        return table.ToString();
    }
}
