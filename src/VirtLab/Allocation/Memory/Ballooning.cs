namespace VirtLab.Allocation.Memory;

/// <summary>A model of reclaiming memory from guests by ballooning, with the idle memory tax choosing who gives.</summary>
/// <remarks>
/// To free R MB, the host lowers the guests' targets to the idle-tax equilibrium of (Σ allocated − R) and inflates each
/// balloon by allocated − target. A guest first gives up idle pages; a balloon that goes below the active memory forces the
/// guest to page out part of its working set. Each balloon is capped at a fraction of the configured size; the host swaps
/// whatever the balloons cannot take. Sources: C. A. Waldspurger, "Memory Resource Management in VMware ESX Server",
/// OSDI 2002, §3.2 (ballooning; the guest picks the pages) and §5.2 (idle memory tax picks the victims); VMware vSphere
/// advanced setting <c>Mem.CtlMaxPercent</c> (default 65 % of configured memory). Worked example (derived, tested): two 1000 MB
/// guests with equal shares, active 100 and 800 MB, reclaim 1000 MB at τ = 0.75 → targets (260, 740), balloons 740 and
/// 260 MB, the second guest pages out 60 MB of its working set; with the default 65 % cap the first balloon stops at 650 MB
/// and the host swaps the other 90 MB.
/// </remarks>
public static class Ballooning
{
    /// <summary>ESX's default largest balloon, as a fraction of configured memory (<c>Mem.CtlMaxPercent</c> = 65).</summary>
    public const double DefaultMaxBalloonFraction = 0.65;

    /// <summary>Plans balloon sizes that free <paramref name="reclaimMb"/>.</summary>
    /// <param name="guests">Guests with size, active memory, shares and current allocation.</param>
    /// <param name="reclaimMb">Memory the host must free. Range: 0 ≤ R ≤ Σ allocated.</param>
    /// <param name="taxRate">Idle memory tax τ. Range: 0 ≤ τ &lt; 1. Default 0.75.</param>
    /// <param name="maxBalloonFraction">Largest balloon per guest as a fraction of its size. Range: 0 ≤ x ≤ 1. Default 0.65.</param>
    /// <returns>Per guest: target, balloon, active memory the guest must page out, and host swap.</returns>
    /// <exception cref="ArgumentException">A guest or figure is out of range.</exception>
    public static BalloonPlan Plan(IReadOnlyList<GuestMemory> guests, double reclaimMb, double taxRate = IdleMemoryTax.DefaultTaxRate, double maxBalloonFraction = DefaultMaxBalloonFraction)
    {
        GuestMemory.Validate(guests, nameof(guests));
        IdleMemoryTax.ValidateTax(taxRate);
        var allocated = guests.Select(g => g.EffectiveAllocatedMb).ToArray();
        var total = allocated.Sum();
        if (!(reclaimMb >= 0) || reclaimMb > total)
        {
            throw new ArgumentOutOfRangeException(nameof(reclaimMb), reclaimMb, $"The memory to reclaim must be between 0 and what the guests hold ({Format.Number(total)} MB).");
        }

        if (!(maxBalloonFraction >= 0 && maxBalloonFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxBalloonFraction), maxBalloonFraction, "The largest balloon must be a fraction between 0 and 1.");
        }

        double[] target;
        if (reclaimMb == 0)
        {
            target = allocated;
        }
        else if (reclaimMb == total)
        {
            target = new double[guests.Count];
        }
        else
        {
            // The equilibrium over what the guests hold now: a guest can only shrink.
            var current = guests.Select((g, i) => g with { SizeMb = Math.Max(allocated[i], double.Epsilon), ActiveMb = Math.Min(g.ActiveMb, allocated[i]), Shares = g.EffectiveShares, AllocatedMb = null }).ToArray();
            target = IdleMemoryTax.Allocate(total - reclaimMb, current, taxRate).KeptMb.ToArray();
        }

        var balloon = new double[guests.Count];
        var paged = new double[guests.Count];
        var swap = new double[guests.Count];
        for (var i = 0; i < guests.Count; i++)
        {
            var wanted = Math.Max(0, allocated[i] - target[i]);
            balloon[i] = Math.Min(wanted, maxBalloonFraction * guests[i].SizeMb);
            swap[i] = wanted - balloon[i];
            var afterBalloon = allocated[i] - balloon[i];
            paged[i] = Math.Max(0, Math.Min(guests[i].ActiveMb, allocated[i]) - afterBalloon);
        }

        return new BalloonPlan(guests.ToArray(), reclaimMb, taxRate, maxBalloonFraction, target, balloon, paged, swap);
    }
}
