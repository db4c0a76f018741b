using VirtLab.Display;

namespace VirtLab.Allocation.Memory;

/// <summary>Balloon sizes that free a given amount of host memory.</summary>
/// <param name="Guests">The guests as given.</param>
/// <param name="ReclaimMb">Memory the host set out to free.</param>
/// <param name="TaxRate">Idle memory tax τ used to pick targets.</param>
/// <param name="MaxBalloonFraction">Largest balloon as a fraction of configured size.</param>
/// <param name="TargetMb">Memory each guest should end with.</param>
/// <param name="BalloonMb">Balloon size per guest (memory reclaimed by the guest's own driver).</param>
/// <param name="GuestPagedMb">Active memory each guest must page out to its own swap because the balloon ate into its working set.</param>
/// <param name="HostSwapMb">Memory the hypervisor must swap itself because the balloon hit its cap.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record BalloonPlan(
    IReadOnlyList<GuestMemory> Guests,
    double ReclaimMb,
    double TaxRate,
    double MaxBalloonFraction,
    IReadOnlyList<double> TargetMb,
    IReadOnlyList<double> BalloonMb,
    IReadOnlyList<double> GuestPagedMb,
    IReadOnlyList<double> HostSwapMb) : IHtmlRenderable
{
    /// <summary>Σ balloons.</summary>
    public double TotalBalloonMb => BalloonMb.Sum();

    /// <summary>Σ host swap.</summary>
    public double TotalHostSwapMb => HostSwapMb.Sum();

    /// <summary>Reads like <c>Balloon(R = 1000, τ = 0.75) → balloons (740, 260), host swap 0</c>.</summary>
    public override string ToString() =>
        $"Balloon(R = {Format.Number(ReclaimMb)}, τ = {Format.Number(TaxRate)}) → balloons {Format.Vector(BalloonMb)}, guest paging {Format.Vector(GuestPagedMb)}, host swap {Format.Number(TotalHostSwapMb)}";

    /// <inheritdoc />
    public string ToHtml() => Format.Html(
        $"Ballooning to free {Format.Number(ReclaimMb)} MB (tax {Format.Number(100 * TaxRate)} %, balloon cap {Format.Number(100 * MaxBalloonFraction)} %)",
        ["guest", "size MB", "active MB", "held MB", "target MB", "balloon MB", "guest pages out MB", "host swaps MB"],
        Guests.Select((g, i) => (IReadOnlyList<string>)
        [
            g.Name, Format.Number(g.SizeMb), Format.Number(g.ActiveMb), Format.Number(g.EffectiveAllocatedMb), Format.Number(TargetMb[i]),
            Format.Number(BalloonMb[i]), Format.Number(GuestPagedMb[i]), Format.Number(HostSwapMb[i]),
        ]),
        $"Balloons {Format.Number(TotalBalloonMb)} MB, host swap {Format.Number(TotalHostSwapMb)} MB.");
}
