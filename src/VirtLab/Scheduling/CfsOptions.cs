namespace VirtLab.Scheduling;

/// <summary>Tunables of <see cref="Cfs"/>, in the workload's time unit (the kernel defaults assume milliseconds).</summary>
/// <param name="TargetLatency">Period in which every runnable task should run once (<c>sysctl_sched_latency</c>, 6 ms). Range: &gt; 0.</param>
/// <param name="MinGranularity">Smallest slice (<c>sysctl_sched_min_granularity</c>, 0.75 ms). Range: 0 &lt; g ≤ latency.</param>
/// <remarks>Source: Linux <c>kernel/sched/fair.c</c> before 6.6 (defaults for one CPU; the kernel multiplies both by
/// 1 + ilog2(min(CPUs, 8))).</remarks>
public sealed record CfsOptions(double TargetLatency = 6, double MinGranularity = 0.75)
{
    /// <summary>Throws when a tunable is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A tunable is not positive or the granularity exceeds the latency.</exception>
    public void Validate()
    {
        if (!(TargetLatency > 0) || double.IsPositiveInfinity(TargetLatency))
        {
            throw new ArgumentOutOfRangeException(nameof(TargetLatency), TargetLatency, "The target latency must be a finite number > 0.");
        }

        if (!(MinGranularity > 0) || MinGranularity > TargetLatency)
        {
            throw new ArgumentOutOfRangeException(nameof(MinGranularity), MinGranularity, "The minimum granularity must be > 0 and <= the target latency.");
        }
    }
}
