namespace VirtLab.Allocation.Linux;

/// <summary>
/// Predicts the CPU each busy container gets on a host: shares under contention, <c>--cpus</c> caps and cpuset pinning,
/// by water-filling each CPU.
/// </summary>
/// <remarks>
/// Model. Container i may run on its cpuset Kᵢ (k = |Kᵢ| CPUs) and wants capᵢ = min(threads, --cpus, k) CPUs. Its threads
/// spread evenly over Kᵢ (the load balancer's goal), so on each CPU of Kᵢ it asks for capᵢ/k, and its group weight is split
/// the same way (the kernel's <c>calc_group_shares</c> splits a group's shares over CPUs in proportion to its load there).
/// Each CPU (capacity 1) is then divided by weighted max-min fairness, and a container's total is the sum over its CPUs.
/// This is exact when containers are pinned to single CPUs or uncontended; it does not move capacity left idle on one CPU
/// to a container's thread on another, as an ideal balancer would.
/// Sources: Docker "Resource constraints" (shares are relative and matter only under contention; <c>--cpus</c> is a hard
/// cap); Linux CFS (<c>kernel/sched/fair.c</c>: CPU share = w / Σw among runnable entities; <c>calc_group_shares</c>);
/// kernel <c>sched-bwc</c> (quota/period). Worked examples (tested): shares 1024 and 512 pinned to one CPU → 2/3 and 1/3;
/// a container alone gets the whole CPU whatever its shares; <c>--cpus 0.25</c> → 0.25.
/// </remarks>
public static class CpuContention
{
    /// <summary>Predicts the CPUs (1.0 = one full CPU) each container uses when all of them are busy.</summary>
    /// <param name="hostCpus">Number of host CPUs, numbered 0 … hostCpus − 1. Range: ≥ 1.</param>
    /// <param name="containers">The busy containers.</param>
    /// <param name="conversion">How shares reach the kernel: <see cref="SharesConversion.CgroupV1"/> (as is) or a runtime's
    /// cgroup v2 conversion, which changes the ratios (1024:512 becomes 100:59 with new runc).</param>
    /// <returns>Per container its CPUs in total and on each host CPU.</returns>
    /// <exception cref="ArgumentException">A setting is out of range or pins to a CPU the host does not have.</exception>
    public static CpuContentionResult Predict(int hostCpus, IReadOnlyList<ContainerCpu> containers, SharesConversion conversion = SharesConversion.CgroupV1)
    {
        if (hostCpus < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(hostCpus), hostCpus, "The host must have at least one CPU.");
        }

        ArgumentNullException.ThrowIfNull(containers);
        var n = containers.Count;
        var sets = new int[n][];
        var caps = new double[n];
        var weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            var c = containers[i] ?? throw new ArgumentException($"Container {i} is null.", nameof(containers));
            if (c.CpuShares < CgroupCpu.MinShares || c.CpuShares > CgroupCpu.MaxShares)
            {
                throw new ArgumentException($"{c.Name}: cpu shares {c.CpuShares}; shares must be between 2 and 262144.", nameof(containers));
            }

            if (c.Cpus is { } limit && (!(limit > 0) || double.IsPositiveInfinity(limit)))
            {
                throw new ArgumentException($"{c.Name}: --cpus {limit}; it must be a finite number > 0.", nameof(containers));
            }

            if (c.Threads is { } t && t < 1)
            {
                throw new ArgumentException($"{c.Name}: {t} threads; a busy container has at least one.", nameof(containers));
            }

            sets[i] = (c.Cpuset ?? Enumerable.Range(0, hostCpus).ToArray()).Distinct().OrderBy(x => x).ToArray();
            if (sets[i].Length == 0 || sets[i].Any(cpu => cpu < 0 || cpu >= hostCpus))
            {
                throw new ArgumentException($"{c.Name}: cpuset {string.Join(",", c.Cpuset!)}; CPUs must be numbered 0 to {hostCpus - 1} and the set not empty.", nameof(containers));
            }

            caps[i] = Math.Min(Math.Min(c.Threads ?? sets[i].Length, c.Cpus ?? double.PositiveInfinity), sets[i].Length);
            weights[i] = CgroupCpu.EffectiveSchedulerWeight(c.CpuShares, conversion);
        }

        var perCpu = new double[n][];
        for (var i = 0; i < n; i++)
        {
            perCpu[i] = new double[hostCpus];
        }

        for (var cpu = 0; cpu < hostCpus; cpu++)
        {
            var members = Enumerable.Range(0, n).Where(i => sets[i].Contains(cpu)).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var w = members.Select(i => weights[i] / sets[i].Length).ToArray();
            var d = members.Select(i => caps[i] / sets[i].Length).ToArray();
            var (amounts, _) = WaterFill.Solve(1.0, w, null, d);
            for (var k = 0; k < members.Length; k++)
            {
                perCpu[members[k]][cpu] = amounts[k];
            }
        }

        return new CpuContentionResult(hostCpus, containers.ToArray(), conversion, perCpu.Select(r => r.Sum()).ToArray(),
            perCpu.Select(r => (IReadOnlyList<double>)r).ToArray());
    }
}
