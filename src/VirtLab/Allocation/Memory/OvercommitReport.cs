using VirtLab.Display;

namespace VirtLab.Allocation.Memory;

/// <summary>A host's memory commitment.</summary>
/// <param name="MachineMb">Machine memory.</param>
/// <param name="Guests">The guests.</param>
/// <param name="ConfiguredMb">Σ configured sizes.</param>
/// <param name="ActiveMb">Σ active memory.</param>
/// <param name="SharingSavingsMb">Memory page sharing saves.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record OvercommitReport(double MachineMb, IReadOnlyList<GuestMemory> Guests, double ConfiguredMb, double ActiveMb, double SharingSavingsMb) : IHtmlRenderable
{
    /// <summary>Σ configured / machine (&gt; 1 means overcommitted).</summary>
    public double OvercommitRatio => ConfiguredMb / MachineMb;

    /// <summary>(Σ active − savings) / machine: above 1 the working sets do not fit.</summary>
    public double ActiveRatio => Math.Max(0, ActiveMb - SharingSavingsMb) / MachineMb;

    /// <summary>Whether the working sets fit in machine memory.</summary>
    public bool WorkingSetsFit => ActiveRatio <= 1;

    /// <summary>Machine memory left after the working sets (negative: must balloon or swap active pages).</summary>
    public double HeadroomMb => MachineMb - Math.Max(0, ActiveMb - SharingSavingsMb);

    /// <summary>Reads like <c>Overcommit 1.5:1, active 0.5625 of machine, headroom 1792 MB</c>.</summary>
    public override string ToString() =>
        $"Overcommit {Format.Number(OvercommitRatio)}:1, active {Format.Number(ActiveRatio)} of machine, headroom {Format.Number(HeadroomMb)} MB" +
        (WorkingSetsFit ? "" : " (working sets do not fit: ballooning or swapping of active pages)");

    /// <inheritdoc />
    public string ToHtml() => Format.Html(
        $"Memory commitment of a {Format.Number(MachineMb)} MB host",
        ["guest", "configured MB", "active MB"],
        Guests.Select(g => (IReadOnlyList<string>)[g.Name, Format.Number(g.SizeMb), Format.Number(g.ActiveMb)]),
        ToString());
}
