using VirtLab.Display;

namespace VirtLab.Allocation.Memory;

/// <summary>What content-based page sharing saves on a set of guests.</summary>
/// <param name="TotalPages">Pages the guests have in all.</param>
/// <param name="DistinctPages">Machine pages needed after sharing (distinct contents).</param>
/// <param name="PagesPerGuest">Pages of each guest.</param>
/// <param name="DistinctPerGuest">Distinct contents inside each guest alone.</param>
/// <param name="SharedContents">Contents that appear more than once (each backs several guest pages).</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record PageSharingResult(
    long TotalPages,
    long DistinctPages,
    IReadOnlyList<int> PagesPerGuest,
    IReadOnlyList<int> DistinctPerGuest,
    long SharedContents) : IHtmlRenderable
{
    /// <summary>Pages saved: total − distinct.</summary>
    public long SavedPages => TotalPages - DistinctPages;

    /// <summary>Saved / total.</summary>
    public double SavingsFraction => TotalPages == 0 ? 0 : (double)SavedPages / TotalPages;

    /// <summary>Reads like <c>PageSharing → 12 pages, 8 distinct, 4 saved (33.3 %)</c>.</summary>
    public override string ToString() =>
        $"PageSharing → {TotalPages} pages, {DistinctPages} distinct, {SavedPages} saved ({Format.Number(100 * SavingsFraction)} %)";

    /// <inheritdoc />
    public string ToHtml() => Format.Html(
        "Content-based page sharing",
        ["guest", "pages", "distinct within guest"],
        PagesPerGuest.Select((p, i) => (IReadOnlyList<string>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture), p.ToString(System.Globalization.CultureInfo.InvariantCulture), DistinctPerGuest[i].ToString(System.Globalization.CultureInfo.InvariantCulture)]),
        ToString());
}
