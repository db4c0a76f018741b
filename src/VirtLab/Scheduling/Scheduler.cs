namespace VirtLab.Scheduling;

/// <summary>Entry point to the CPU-scheduling policies: <c>Scheduler.Fifo.Run(Workload.Parse("0,100:0,10:0,10"))</c>.</summary>
public static class Scheduler
{
    /// <summary>First In, First Out (see <see cref="Scheduling.Fifo"/>).</summary>
    public static ISchedulingPolicy Fifo { get; } = new Fifo();

    /// <summary>Shortest Job First, non-preemptive (see <see cref="Scheduling.Sjf"/>).</summary>
    public static ISchedulingPolicy Sjf { get; } = new Sjf();

    /// <summary>Shortest Time-to-Completion First (see <see cref="Scheduling.Stcf"/>).</summary>
    public static ISchedulingPolicy Stcf { get; } = new Stcf();

    /// <summary>Earliest Deadline First (see <see cref="Scheduling.Edf"/>).</summary>
    public static ISchedulingPolicy Edf { get; } = new Edf();

    /// <summary>Round Robin with time slice <paramref name="quantum"/> (see <see cref="Scheduling.RoundRobin"/>).</summary>
    /// <param name="quantum">Time slice. Range: 0 &lt; q &lt; ∞.</param>
    public static ISchedulingPolicy RoundRobin(double quantum) => new RoundRobin(quantum);

    /// <summary>MLFQ (see <see cref="Scheduling.Mlfq"/>); <see langword="null"/> options = OSTEP's defaults (3 queues, quantum 10, allotment 1, no boost).</summary>
    /// <param name="options">Queues, quanta, allotments, boost, I/O rules.</param>
    public static ISchedulingPolicy Mlfq(MlfqOptions? options = null) => new Mlfq(options ?? MlfqOptions.Uniform());

    /// <summary>Seeded lottery scheduling (see <see cref="Scheduling.Lottery"/>).</summary>
    /// <param name="quantum">Time slice. Range: 0 &lt; q &lt; ∞.</param>
    /// <param name="seed">Random seed.</param>
    public static ISchedulingPolicy Lottery(double quantum = 1, int seed = 0) => new Lottery(quantum, seed);

    /// <summary>Stride scheduling (see <see cref="Scheduling.Stride"/>).</summary>
    /// <param name="quantum">Time slice. Range: 0 &lt; q &lt; ∞.</param>
    public static ISchedulingPolicy Stride(double quantum = 1) => new Stride(quantum);

    /// <summary>CFS-style fair scheduling (see <see cref="Scheduling.Cfs"/>).</summary>
    /// <param name="options">Target latency and minimum granularity; <see langword="null"/> = kernel defaults.</param>
    public static ISchedulingPolicy Cfs(CfsOptions? options = null) => new Cfs(options);

    /// <summary>Runs several policies on the same workload, for a comparison table or chart.</summary>
    /// <param name="workload">The jobs.</param>
    /// <param name="policies">The policies to compare (at least one).</param>
    /// <exception cref="ArgumentException">No policy was given.</exception>
    public static PolicyComparison Compare(Workload workload, params ISchedulingPolicy[] policies)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(policies);
        if (policies.Length == 0)
        {
            throw new ArgumentException("Give at least one policy to compare.", nameof(policies));
        }

        return new PolicyComparison(policies.Select(p => p.Run(workload)).ToArray());
    }

    /// <summary>Looks up a policy by the name the CLI uses: FIFO, SJF, STCF, RR, MLFQ, LOTTERY, STRIDE, CFS, EDF.</summary>
    /// <param name="name">Policy name, case-insensitive.</param>
    /// <param name="quantum">Quantum for RR, lottery and stride.</param>
    /// <param name="seed">Seed for lottery.</param>
    /// <param name="mlfq">Options for MLFQ.</param>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static ISchedulingPolicy ByName(string name, double quantum = 1, int seed = 0, MlfqOptions? mlfq = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToUpperInvariant() switch
        {
            "FIFO" or "FCFS" => Fifo,
            "SJF" => Sjf,
            "STCF" or "PSJF" => Stcf,
            "RR" => RoundRobin(quantum),
            "MLFQ" => Mlfq(mlfq),
            "LOTTERY" => Lottery(quantum, seed),
            "STRIDE" => Stride(quantum),
            "CFS" => Cfs(),
            "EDF" => Edf,
            _ => throw new ArgumentException($"Unknown policy '{name}'; use one of {string.Join(", ", PolicyNames)}.", nameof(name)),
        };
    }

    /// <summary>The names <see cref="ByName"/> accepts.</summary>
    public static IReadOnlyList<string> PolicyNames { get; } = ["FIFO", "SJF", "STCF", "RR", "MLFQ", "LOTTERY", "STRIDE", "CFS", "EDF"];
}
