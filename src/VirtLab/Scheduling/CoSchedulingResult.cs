using System.Globalization;
using System.Net;
using VirtLab.Display;

namespace VirtLab.Scheduling;

/// <summary>Where the pCPU time went in one <see cref="CoScheduling.Run"/>, in ticks (pCPU-ticks).</summary>
/// <param name="Policy">The co-scheduling policy simulated.</param>
/// <param name="Scenario">The simulated scenario.</param>
/// <param name="GuestUsefulTicks">Ticks the guest's vCPUs did lock-free or critical-section work.</param>
/// <param name="GuestSpinTicks">All ticks the guest's vCPUs spun on the lock (holder running or not).</param>
/// <param name="SpinOnPreemptedHolderTicks">The part of <paramref name="GuestSpinTicks"/> spent while the lock holder
/// was descheduled: lock-holder preemption, pure waste.</param>
/// <param name="OtherGuestTicks">Ticks the other guests ran.</param>
/// <param name="IdleTicks">pCPU-ticks left idle although vCPUs were runnable (fragmentation).</param>
/// <param name="CriticalSections">Critical sections the guest completed (its throughput).</param>
/// <param name="MaxSkew">Largest lead, in ticks run, of one guest vCPU over its slowest sibling.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record CoSchedulingResult(
    CoSchedulingPolicy Policy,
    CoSchedulingScenario Scenario,
    long GuestUsefulTicks,
    long GuestSpinTicks,
    long SpinOnPreemptedHolderTicks,
    long OtherGuestTicks,
    long IdleTicks,
    long CriticalSections,
    long MaxSkew) : IHtmlRenderable
{
    /// <summary>pCPU-ticks the guest's vCPUs held (useful work plus spinning).</summary>
    public long GuestRunTicks => GuestUsefulTicks + GuestSpinTicks;

    /// <summary>Useful share of the guest's pCPU time, useful / (useful + spin). Range 0..1.</summary>
    public double UsefulFraction => GuestRunTicks == 0 ? 0 : (double)GuestUsefulTicks / GuestRunTicks;

    /// <summary>Share of all pCPU time left idle, idle / (n · duration). Range 0..1.</summary>
    public double IdleFraction => (double)IdleTicks / ((long)Scenario.PhysicalCpus * Scenario.DurationTicks);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Policy}: guest useful {GuestUsefulTicks}, spin {GuestSpinTicks} (holder preempted {SpinOnPreemptedHolderTicks}), " +
        $"others {OtherGuestTicks}, idle {IdleTicks}, critical sections {CriticalSections}, max skew {MaxSkew}");

    /// <inheritdoc/>
    public string ToHtml() => CoSchedulingComparison.Table([this]);

    internal IReadOnlyList<string> Cells() =>
    [
        Policy.ToString(),
        GuestUsefulTicks.ToString(CultureInfo.InvariantCulture),
        GuestSpinTicks.ToString(CultureInfo.InvariantCulture),
        SpinOnPreemptedHolderTicks.ToString(CultureInfo.InvariantCulture),
        OtherGuestTicks.ToString(CultureInfo.InvariantCulture),
        IdleTicks.ToString(CultureInfo.InvariantCulture),
        CriticalSections.ToString(CultureInfo.InvariantCulture),
        UsefulFraction.ToString("P0", CultureInfo.InvariantCulture),
        MaxSkew.ToString(CultureInfo.InvariantCulture),
    ];

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);
}
