namespace VirtLab.Allocation.Memory;

/// <summary>Memory overcommitment: more memory configured in guests than the machine has, and whether the working sets still fit.</summary>
/// <remarks>
/// Overcommit ratio = Σ configured / machine. It is safe while Σ active − sharing savings ≤ machine memory; beyond that the
/// hypervisor must balloon or swap active pages. Source: C. A. Waldspurger, "Memory Resource Management in VMware ESX
/// Server", OSDI 2002, §1 and §6 (memory is overcommitted when the total configured size of running VMs exceeds machine
/// memory; sharing and ballooning make that safe for idle memory). Worked example (derived, tested): 4096 MB host, guests
/// 2048/2048/2048 MB with 1024/512/768 MB active → ratio 1.5, active 2304 MB, fits, headroom 1792 MB.
/// </remarks>
public static class MemoryOvercommit
{
    /// <summary>Analyses a host's memory commitment.</summary>
    /// <param name="machineMb">Machine memory available to guests. Range: &gt; 0.</param>
    /// <param name="guests">Guests with configured and active memory.</param>
    /// <param name="sharingSavingsMb">Memory saved by page sharing. Range: ≥ 0.</param>
    /// <returns>The ratios, the active total and the headroom.</returns>
    public static OvercommitReport Analyze(double machineMb, IReadOnlyList<GuestMemory> guests, double sharingSavingsMb = 0)
    {
        Guard.Capacity(machineMb, nameof(machineMb));
        GuestMemory.Validate(guests, nameof(guests));
        Guard.NonNegativeFinite(sharingSavingsMb, nameof(sharingSavingsMb), "Sharing savings");
        var configured = guests.Sum(g => g.SizeMb);
        var active = guests.Sum(g => g.ActiveMb);
        if (sharingSavingsMb > configured)
        {
            throw new ArgumentOutOfRangeException(nameof(sharingSavingsMb), sharingSavingsMb, "Sharing cannot save more than the guests' configured memory.");
        }

        return new OvercommitReport(machineMb, guests.ToArray(), configured, active, sharingSavingsMb);
    }
}
