using VirtLab.Display;

namespace VirtLab.Allocation.Memory;

/// <summary>How machine memory settles among guests under the idle memory tax.</summary>
/// <param name="MachineMb">Machine memory M divided.</param>
/// <param name="TaxRate">τ.</param>
/// <param name="Guests">The guests as given.</param>
/// <param name="KeptMb">Memory each guest keeps, in input order.</param>
/// <param name="SharesPerPage">ρ of each guest at what it keeps (equal among guests below their size).</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record IdleTaxAllocation(
    double MachineMb,
    double TaxRate,
    IReadOnlyList<GuestMemory> Guests,
    IReadOnlyList<double> KeptMb,
    IReadOnlyList<double> SharesPerPage) : IHtmlRenderable
{
    /// <summary>Memory reclaimed from each guest: size − kept.</summary>
    public IReadOnlyList<double> ReclaimedMb => Guests.Select((g, i) => g.SizeMb - KeptMb[i]).ToArray();

    /// <summary>Reads like the maths: <c>IdleTax(M = 1000, τ = 0.75) → (260, 740)</c>.</summary>
    public override string ToString() => $"IdleTax(M = {Format.Number(MachineMb)}, τ = {Format.Number(TaxRate)}) → {Format.Vector(KeptMb)}";

    /// <inheritdoc />
    public string ToHtml() => Format.Html(
        $"Idle memory tax, machine memory {Format.Number(MachineMb)} MB, tax rate {Format.Number(100 * TaxRate)} %",
        ["guest", "size MB", "active MB", "shares", "keeps MB", "reclaimed MB", "ρ"],
        Guests.Select((g, i) => (IReadOnlyList<string>)
        [
            g.Name, Format.Number(g.SizeMb), Format.Number(g.ActiveMb), Format.Number(g.EffectiveShares),
            Format.Number(KeptMb[i]), Format.Number(ReclaimedMb[i]), Format.Number(SharesPerPage[i]),
        ]));
}
