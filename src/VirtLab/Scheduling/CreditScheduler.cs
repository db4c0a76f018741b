namespace VirtLab.Scheduling;

/// <summary>A Xen-style credit scheduler: vCPUs of weighted, optionally capped domains over several physical CPUs.</summary>
/// <remarks>
/// Sources: Xen wiki, "Credit Scheduler"; <c>xen/common/sched/credit.c</c> (constants and <c>csched_acct</c>).
/// Every 30 ms accounting period the host's credit (300 per pCPU) is split among active domains in proportion to
/// weight × active vCPUs, rounded up: credit_fair = ⌈credit_total · wᵢ · nᵢ / Σ w·n⌉; a capped domain gets at most
/// credit_cap = ⌈cap · 300 / 100⌉ (tested against these formulas). A running vCPU burns 10 credits per ms. A vCPU with
/// credit is UNDER, without it OVER; a vCPU that wakes from I/O while UNDER is BOOSTed until its next 10 ms tick.
/// The run queue is ordered BOOST, UNDER, OVER, FIFO within a priority; a vCPU runs for at most a 30 ms time slice and
/// is preempted at a tick when a higher-priority vCPU waits. A capped vCPU whose credit falls below −credit_cap is
/// parked until accounting gives it credit again. Simplifications: one shared run queue for all pCPUs (Xen keeps one
/// per pCPU and steals work between them), 1 ms time steps, and credit clipped at one time slice (300) so idle
/// vCPUs cannot hoard it.
/// </remarks>
public static class CreditScheduler
{
    /// <summary>Default domain weight (<c>CSCHED_DEFAULT_WEIGHT</c>).</summary>
    public const int DefaultWeight = 256;

    /// <summary>Milliseconds per scheduler tick (<c>CSCHED_MSECS_PER_TICK</c>).</summary>
    public const int TickMs = 10;

    /// <summary>Time slice in milliseconds (3 ticks, <c>CSCHED_TICKS_PER_TSLICE</c>).</summary>
    public const int TimeSliceMs = 30;

    /// <summary>Accounting period in milliseconds (3 ticks, <c>CSCHED_TICKS_PER_ACCT</c>).</summary>
    public const int AccountingPeriodMs = 30;

    /// <summary>Credits burnt per millisecond of running (<c>CSCHED_CREDITS_PER_MSEC</c>).</summary>
    public const int CreditsPerMs = 10;

    /// <summary>Credits handed out per pCPU per accounting period (<c>CSCHED_CREDITS_PER_ACCT</c> = 10 · 10 · 3).</summary>
    public const int CreditsPerAccounting = CreditsPerMs * AccountingPeriodMs;

    /// <summary>Credit each active domain receives in one accounting period, as <c>csched_acct</c> computes it.</summary>
    /// <param name="creditTotal">Credit to hand out (300 per pCPU). Range: ≥ 0.</param>
    /// <param name="weights">Weight per domain. Range: 1..65535.</param>
    /// <param name="activeVcpus">Active vCPUs per domain (all 1 if <see langword="null"/>). Range: ≥ 1.</param>
    /// <returns>⌈creditTotal · wᵢ · nᵢ / Σ w·n⌉ per domain (integer, rounded up as Xen does).</returns>
    /// <remarks>Tested: 300 credits, weights (256, 512) → (100, 200); (256, 768) → (75, 225).</remarks>
    /// <exception cref="ArgumentException">An argument is out of range or the lists differ in length.</exception>
    public static int[] FairCredits(int creditTotal, IReadOnlyList<int> weights, IReadOnlyList<int>? activeVcpus = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (creditTotal < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(creditTotal), creditTotal, "The credit total must be >= 0.");
        }

        if (weights.Count == 0 || weights.Any(w => w is < 1 or > 65535))
        {
            throw new ArgumentException("Give at least one weight, each in 1..65535.", nameof(weights));
        }

        if (activeVcpus is not null && (activeVcpus.Count != weights.Count || activeVcpus.Any(n => n < 1)))
        {
            throw new ArgumentException("Give one active vCPU count (>= 1) per weight.", nameof(activeVcpus));
        }

        long total = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += (long)weights[i] * (activeVcpus?[i] ?? 1);
        }

        var credits = new int[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            credits[i] = (int)(((long)creditTotal * weights[i] * (activeVcpus?[i] ?? 1) + total - 1) / total);
        }

        return credits;
    }

    /// <summary>The most credit a domain with cap <paramref name="cap"/> receives per period: ⌈cap · 300 / 100⌉.</summary>
    /// <param name="cap">Cap in percent of one pCPU. Range: ≥ 1.</param>
    /// <remarks>Source: <c>csched_acct</c>, <c>credit_cap = ((cap · CREDITS_PER_ACCT) + 99) / 100</c>. Tested: cap 50 → 150.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The cap is below 1.</exception>
    public static int CapCredits(int cap)
    {
        if (cap < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(cap), cap, "A cap must be >= 1 percent (0 means no cap and has no credit limit).");
        }

        return (cap * CreditsPerAccounting + 99) / 100;
    }

    /// <summary>Simulates the domains for <paramref name="durationMs"/> milliseconds on <paramref name="physicalCpus"/> pCPUs.</summary>
    /// <param name="domains">The domains. At least one.</param>
    /// <param name="physicalCpus">Number of pCPUs. Range: ≥ 1.</param>
    /// <param name="durationMs">Simulated time in ms. Range: ≥ 1.</param>
    /// <param name="boost">Whether waking vCPUs get BOOST priority. Xen always boosts; turning it off shows what BOOST buys.</param>
    /// <returns>Timeline (vCPU × pCPU), per-domain CPU time and shares.</returns>
    /// <exception cref="ArgumentException">A domain or count is out of range.</exception>
    public static CreditSchedulerResult Run(IReadOnlyList<CreditDomain> domains, int physicalCpus = 1, int durationMs = 3000, bool boost = true)
    {
        ArgumentNullException.ThrowIfNull(domains);
        if (domains.Count == 0)
        {
            throw new ArgumentException("Give at least one domain.", nameof(domains));
        }

        for (var i = 0; i < domains.Count; i++)
        {
            domains[i].Validate(i);
        }

        if (physicalCpus < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(physicalCpus), physicalCpus, "There must be at least one physical CPU.");
        }

        if (durationMs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(durationMs), durationMs, "The duration must be >= 1 ms.");
        }

        return new CreditSimulation(domains, physicalCpus, durationMs, boost).Run();
    }
}
