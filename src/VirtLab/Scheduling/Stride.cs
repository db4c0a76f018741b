using System.Globalization;

namespace VirtLab.Scheduling;

/// <summary>Stride scheduling: deterministic proportional share. Run the job with the smallest pass, then advance
/// its pass by its stride = stride1 / tickets.</summary>
/// <remarks>
/// Source: C. A. Waldspurger, W. E. Weihl, "Stride Scheduling: Deterministic Proportional-Share Resource
/// Management", MIT/LCS/TM-528, 1995; OSTEP ch. 9 (stride1 = 10 000; tickets A = 100, B = 50, C = 250 give strides
/// 100, 200, 40 and the run order A B C C C A C C, tested). Ties go to the lower job id. A job that runs for a
/// fraction f of a quantum advances by f · stride. A job that arrives or returns from I/O starts at
/// max(its pass, the smallest pass among runnable jobs), so sleeping earns no credit (the paper's global pass).
/// </remarks>
public sealed class Stride : ISchedulingPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="quantum">Time slice. Range: 0 &lt; q &lt; ∞.</param>
    /// <param name="stride1">The large constant divided by tickets (OSTEP uses 10 000). Range: &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public Stride(double quantum = 1, double stride1 = 10_000)
    {
        Quantum = Lottery.ValidateQuantum(quantum);
        if (!(stride1 > 0) || double.IsPositiveInfinity(stride1))
        {
            throw new ArgumentOutOfRangeException(nameof(stride1), stride1, "stride1 must be a finite number > 0.");
        }

        Stride1 = stride1;
    }

    /// <summary>The time slice.</summary>
    public double Quantum { get; }

    /// <summary>The constant divided by each job's tickets.</summary>
    public double Stride1 { get; }

    /// <inheritdoc/>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"Stride(q={Quantum:0.##})");

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload) => Run(workload, null);

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload, ISchedulingObserver? observer)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var jobs = workload.Jobs;
        var pass = new double[jobs.Count];
        return ProportionalShareLoop.Run(workload, Quantum, Name,
            pick: ready =>
            {
                var best = ready[0];
                foreach (var j in ready)
                {
                    if (pass[j] < pass[best])
                    {
                        best = j;
                    }
                }

                return best;
            },
            ran: (j, time) => pass[j] += Stride1 / jobs[j].Tickets * (time / Quantum),
            joined: (j, ready) =>
            {
                if (ready.Count > 0)
                {
                    pass[j] = Math.Max(pass[j], ready.Min(r => pass[r]));
                }
            },
            shares: jobs.Select(j => (double)j.Tickets).ToArray(),
            observer: observer);
    }
}
