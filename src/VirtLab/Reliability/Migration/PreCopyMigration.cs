namespace VirtLab.Reliability.Migration;

/// <summary>
/// The pre-copy live-migration model: copy all memory while the VM runs, then repeatedly re-send what it dirtied
/// meanwhile, then pause it and send the rest (stop-and-copy).
/// </summary>
/// <remarks>
/// Geometric model of H. Liu, C.-Z. Xu, H. Jin, J. Gong, X. Liao, "Performance and energy modeling for live
/// migration of virtual machines", HPDC 2011 (doi:10.1145/1996130.1996154): with λ = D/R, V₀ = V_mem, V_i = V_mem·λⁱ,
/// T_i = V_i/R; n = ⌈log_λ(V_thd/V_mem)⌉ pre-copy rounds; V_mig = V_mem(1 − λⁿ⁺¹)/(1 − λ); T_down = V_n/R + T_resume.
/// Pre-copy itself: C. Clark et al., "Live Migration of Virtual Machines", NSDI 2005 (downtimes as low as 60 ms).
/// The simulation caps the dirtied data at the memory size (a VM cannot dirty more than all its pages), so λ ≥ 1
/// never converges and stops at a round or data limit, as Xen does. Data and rates in any consistent units (MB, MB/s).
/// Tested (formulas.md §11, derived): V_mem = 1024, R = 100, D = 25, V_thd = 4 → rounds 1024, 256, 64, 16, 4;
/// V_mig = 1364, T_mig = 13.64 s, downtime 40 ms; QEMU-style 300 ms limit → stop-and-copy 16, downtime 160 ms, total 1360.
/// </remarks>
public static class PreCopyMigration
{
    /// <summary>Simulates one migration round by round.</summary>
    /// <param name="memory">VM memory V_mem. Range: &gt; 0.</param>
    /// <param name="bandwidth">Link rate R (data per second). Range: &gt; 0.</param>
    /// <param name="dirtyRate">Page-dirtying rate D (data per second). Range: ≥ 0.</param>
    /// <param name="stop">Stop condition (<see cref="PreCopyStopCondition.Liu"/>, <see cref="PreCopyStopCondition.Qemu"/>, <see cref="PreCopyStopCondition.Xen"/>).</param>
    /// <param name="resumeTime">T_resume, seconds to resume the VM at the destination. Range: ≥ 0.</param>
    public static PreCopyResult Simulate(double memory, double bandwidth, double dirtyRate, PreCopyStopCondition stop, double resumeTime = 0)
    {
        Guard.Positive(memory, nameof(memory));
        Guard.Positive(bandwidth, nameof(bandwidth));
        Guard.NonNegative(dirtyRate, nameof(dirtyRate));
        ArgumentNullException.ThrowIfNull(stop);
        stop.Validate();
        Guard.NonNegative(resumeTime, nameof(resumeTime));

        var rounds = new List<MigrationRound>();
        var toSend = memory;
        var sent = 0.0;
        PreCopyStopReason reason;
        while (true)
        {
            if (toSend <= stop.Threshold)
            {
                reason = PreCopyStopReason.Threshold;
                break;
            }

            if (rounds.Count >= stop.MaxPreCopyRounds)
            {
                reason = PreCopyStopReason.RoundLimit;
                break;
            }

            if (sent + toSend > stop.MaxDataFactor * memory)
            {
                reason = PreCopyStopReason.DataLimit;
                break;
            }

            var duration = toSend / bandwidth;
            rounds.Add(new MigrationRound(rounds.Count, toSend, duration, false));
            sent += toSend;
            toSend = Math.Min(memory, dirtyRate * duration);
        }

        var last = new MigrationRound(rounds.Count, toSend, toSend / bandwidth, true);
        rounds.Add(last);
        var total = sent + toSend;
        return new PreCopyResult(rounds, total, total / bandwidth + resumeTime, last.Duration + resumeTime, reason, dirtyRate / bandwidth);
    }

    /// <summary>Downtime of a plain stop-and-copy migration, V_mem/R (the VM is paused the whole time).</summary>
    /// <param name="memory">VM memory. Range: &gt; 0.</param>
    /// <param name="bandwidth">Link rate. Range: &gt; 0.</param>
    /// <remarks>Tested: 512 MiB at 1 Gbit/s → 4.295 s, the case that motivates pre-copy (Clark et al. 2005).</remarks>
    public static double StopAndCopyDowntime(double memory, double bandwidth)
    {
        Guard.Positive(memory, nameof(memory));
        Guard.Positive(bandwidth, nameof(bandwidth));
        return memory / bandwidth;
    }

    /// <summary>Liu et al.'s closed form for the number of pre-copy rounds, n = ⌈log_λ(V_thd/V_mem)⌉ (0 if V_mem ≤ V_thd).</summary>
    /// <param name="memory">V_mem. Range: &gt; 0.</param>
    /// <param name="dirtyRatio">λ = D/R. Range: 0 &lt; λ &lt; 1.</param>
    /// <param name="threshold">V_thd. Range: &gt; 0.</param>
    public static int GeometricRounds(double memory, double dirtyRatio, double threshold)
    {
        Guard.Positive(memory, nameof(memory));
        if (!(dirtyRatio > 0 && dirtyRatio < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(dirtyRatio), dirtyRatio, "Must be in (0, 1); at lambda >= 1 pre-copy does not converge.");
        }

        Guard.Positive(threshold, nameof(threshold));
        if (memory <= threshold)
        {
            return 0;
        }

        // tolerate rounding just above an integer (log(1/256)/log(1/4) may come out as 4.000000000000001)
        return (int)Math.Ceiling(Math.Log(threshold / memory) / Math.Log(dirtyRatio) - 1e-9);
    }

    /// <summary>Liu et al.'s total data V_mig = V_mem(1 − λⁿ⁺¹)/(1 − λ) for n pre-copy rounds.</summary>
    /// <param name="memory">V_mem. Range: &gt; 0.</param>
    /// <param name="dirtyRatio">λ. Range: 0 ≤ λ &lt; 1.</param>
    /// <param name="rounds">n. Range: ≥ 0.</param>
    public static double GeometricTotalData(double memory, double dirtyRatio, int rounds)
    {
        Guard.Positive(memory, nameof(memory));
        if (!(dirtyRatio >= 0 && dirtyRatio < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(dirtyRatio), dirtyRatio, "Must be in [0, 1).");
        }

        if (rounds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rounds), rounds, "Must be >= 0.");
        }

        return memory * (1 - Math.Pow(dirtyRatio, rounds + 1)) / (1 - dirtyRatio);
    }
}
