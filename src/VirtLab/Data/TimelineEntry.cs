namespace VirtLab.Data;

/// <summary>One milestone of <c>data/virtualization-timeline.csv</c>.</summary>
/// <param name="Year">Year of first release or publication.</param>
/// <param name="System">The system or idea.</param>
/// <param name="Organization">Who built it.</param>
/// <param name="Category">Kind of virtualization.</param>
/// <param name="Introduced">What it introduced.</param>
/// <param name="Source">Where the claim comes from (DOI or page).</param>
public sealed record TimelineEntry(int Year, string System, string Organization, string Category, string Introduced, Uri Source)
{
    /// <summary>Loads the timeline file.</summary>
    /// <exception cref="FormatException">A year is not a number or a source is not an absolute URL; the message names the row.</exception>
    public static IReadOnlyList<TimelineEntry> Load(string path) =>
        Csv.ReadRecords(path).Select((r, i) => new TimelineEntry(
            int.TryParse(r["year"], out var year) ? year : throw new FormatException($"{path}, row {i + 1}: year '{r["year"]}' is not a number."),
            r["system"],
            r["organization"],
            r["category"],
            r["introduced"],
            Uri.TryCreate(r["source"], UriKind.Absolute, out var uri) ? uri : throw new FormatException($"{path}, row {i + 1}: source '{r["source"]}' is not an absolute URL.")))
        .ToList();
}
