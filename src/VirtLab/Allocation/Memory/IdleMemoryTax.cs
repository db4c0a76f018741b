namespace VirtLab.Allocation.Memory;

/// <summary>VMware ESX's idle memory tax: shares-per-page adjusted so that idle pages cost more, and the allocation it converges to.</summary>
/// <remarks>
/// ρ = S / (P·(f + k·(1 − f))) with k = 1/(1 − τ): S shares, P pages allocated, f the active fraction, τ the tax rate.
/// Min-funding revocation reclaims from the guest with the lowest ρ, so memory flows until the ρ are equal (or a guest is
/// at its size). At that equilibrium guest i holds Pᵢ with cost aᵢ + k·(Pᵢ − aᵢ) = Sᵢ·c for one common c (aᵢ = min(active, Pᵢ)).
/// Source: C. A. Waldspurger, "Memory Resource Management in VMware ESX Server", OSDI 2002, §5.2 (formula, default
/// τ = 75 %, exposed as <c>Mem.IdleTax</c>). Worked examples (derived in formulas.md §4a, tested): S = P = 1000 at
/// τ = 0.75: f = 0.1 → ρ = 0.27027, f = 1 → ρ = 1; M = 1000 pages, equal shares, active 100 and 800: τ = 0 → (500, 500),
/// τ = 0.5 → (366.67, 633.33), τ = 0.75 → (260, 740), τ = 0.95 → (167.5, 832.5).
/// </remarks>
public static class IdleMemoryTax
{
    /// <summary>ESX's default tax rate τ = 0.75.</summary>
    public const double DefaultTaxRate = 0.75;

    /// <summary>Idle page cost factor k = 1/(1 − τ).</summary>
    /// <param name="taxRate">τ. Range: 0 ≤ τ &lt; 1.</param>
    public static double CostFactor(double taxRate)
    {
        ValidateTax(taxRate);
        return 1 / (1 - taxRate);
    }

    /// <summary>Adjusted shares-per-page ratio ρ = S / (P·(f + k·(1 − f))).</summary>
    /// <param name="shares">S. Range: &gt; 0.</param>
    /// <param name="pages">P, pages (or MB) allocated. Range: &gt; 0.</param>
    /// <param name="activeFraction">f. Range: 0 ≤ f ≤ 1.</param>
    /// <param name="taxRate">τ. Range: 0 ≤ τ &lt; 1. Default 0.75.</param>
    public static double SharesPerPage(double shares, double pages, double activeFraction, double taxRate = DefaultTaxRate)
    {
        Guard.PositiveFinite(shares, nameof(shares), "Shares");
        Guard.PositiveFinite(pages, nameof(pages), "Pages");
        if (!(activeFraction >= 0 && activeFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(activeFraction), activeFraction, "The active fraction must be between 0 and 1.");
        }

        var k = CostFactor(taxRate);
        return shares / (pages * (activeFraction + (k * (1 - activeFraction))));
    }

    /// <summary>The guest min-funding revocation takes memory from next: the one with the lowest ρ at its current allocation.</summary>
    /// <param name="guests">Guests with their allocation and active memory.</param>
    /// <param name="taxRate">τ. Range: 0 ≤ τ &lt; 1.</param>
    /// <returns>Index of the victim (ties to the lower index).</returns>
    public static int SelectVictim(IReadOnlyList<GuestMemory> guests, double taxRate = DefaultTaxRate)
    {
        GuestMemory.Validate(guests, nameof(guests));
        ValidateTax(taxRate);
        var best = -1;
        var bestRho = double.PositiveInfinity;
        for (var i = 0; i < guests.Count; i++)
        {
            var p = guests[i].EffectiveAllocatedMb;
            if (p <= 0)
            {
                continue;
            }

            var rho = SharesPerPage(guests[i].EffectiveShares, p, Math.Min(guests[i].ActiveMb, p) / p, taxRate);
            if (rho < bestRho)
            {
                bestRho = rho;
                best = i;
            }
        }

        return best >= 0 ? best : throw new ArgumentException("No guest holds any memory to reclaim.", nameof(guests));
    }

    /// <summary>The equilibrium split of <paramref name="machineMb"/> among guests: equal ρ, each at most its size.</summary>
    /// <param name="machineMb">Machine memory M to divide. Range: &gt; 0.</param>
    /// <param name="guests">The guests (size, active memory, shares).</param>
    /// <param name="taxRate">τ. Range: 0 ≤ τ &lt; 1. Default 0.75.</param>
    /// <returns>Per guest the memory it keeps and its ρ.</returns>
    public static IdleTaxAllocation Allocate(double machineMb, IReadOnlyList<GuestMemory> guests, double taxRate = DefaultTaxRate)
    {
        Guard.Capacity(machineMb, nameof(machineMb));
        GuestMemory.Validate(guests, nameof(guests));
        var k = CostFactor(taxRate);
        var sizes = guests.Select(g => g.SizeMb).ToArray();
        double[] keep;
        if (sizes.Sum() <= machineMb)
        {
            keep = sizes;
        }
        else
        {
            // Σ Pᵢ(c) is continuous and increasing in c; bisect to machine precision.
            double lo = 0, hi = guests.Max(g => Cost(g.SizeMb, g.ActiveMb, k) / g.EffectiveShares);
            for (var iteration = 0; iteration < 200 && hi - lo > hi * 1e-16; iteration++)
            {
                var mid = (lo + hi) / 2;
                if (guests.Sum(g => Holding(g, mid, k)) < machineMb)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            var level = (lo + hi) / 2;
            keep = guests.Select(g => Holding(g, level, k)).ToArray();
        }

        var rho = guests.Select((g, i) => keep[i] > 0 ? g.EffectiveShares / Cost(keep[i], g.ActiveMb, k) : double.PositiveInfinity).ToArray();
        return new IdleTaxAllocation(machineMb, taxRate, guests.ToArray(), keep, rho);
    }

    // Pages held when the cost budget is S·c: active pages cost 1, idle pages k.
    private static double Holding(GuestMemory g, double c, double k)
    {
        var budget = g.EffectiveShares * c;
        var pages = budget <= g.ActiveMb ? budget : g.ActiveMb + ((budget - g.ActiveMb) / k);
        return Math.Min(pages, g.SizeMb);
    }

    private static double Cost(double pages, double active, double k)
    {
        var a = Math.Min(active, pages);
        return a + (k * (pages - a));
    }

    internal static void ValidateTax(double taxRate)
    {
        if (!(taxRate >= 0 && taxRate < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(taxRate), taxRate, "The tax rate must be at least 0 and less than 1.");
        }
    }
}
