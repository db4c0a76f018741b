using System.Globalization;
using System.Text;
using VirtLab.Display;

namespace VirtLab.Reliability;

/// <summary>One row of the "nines" table.</summary>
/// <param name="Nines">Number of nines (3 for 99.9 %).</param>
/// <param name="Availability">A = 1 − 10^(−nines).</param>
/// <param name="DowntimePerYear">(1 − A) × 8760 h.</param>
public sealed record NinesRow(int Nines, double Availability, TimeSpan DowntimePerYear)
{
    /// <summary>Downtime per 30-day month, (1 − A) × 720 h.</summary>
    public TimeSpan DowntimePerMonth => TimeSpan.FromHours((1 - Availability) * 720);

    /// <summary>Downtime per week, (1 − A) × 168 h.</summary>
    public TimeSpan DowntimePerWeek => TimeSpan.FromHours((1 - Availability) * 168);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Availability * 100:0.#########} %: {Downtime.Describe(DowntimePerYear)} per year");
}

/// <summary>The "nines" table returned by <see cref="Availability.Table"/>.</summary>
/// <param name="Rows">One row per number of nines.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record NinesTable(IReadOnlyList<NinesRow> Rows) : IHtmlRenderable
{
    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var row in Rows)
        {
            text.AppendLine(row.ToString());
        }

        return text.ToString().TrimEnd();
    }

    /// <inheritdoc />
    public string ToHtml()
    {
        var table = new ResultTable("Downtime allowed by each number of nines (8760 h year, 30-day month)", "nines", "availability", "per year", "per month", "per week");
        foreach (var row in Rows)
        {
            table.Row(row.Nines, string.Create(CultureInfo.InvariantCulture, $"{row.Availability * 100:0.#########} %"),
                Downtime.Describe(row.DowntimePerYear), Downtime.Describe(row.DowntimePerMonth), Downtime.Describe(row.DowntimePerWeek));
        }

        return table.ToString();
    }
}
