namespace VirtLab.Allocation;

/// <summary>Capacity-based admission control with overcommit ratios, the check OpenStack Placement makes per resource.</summary>
/// <remarks>
/// Capacity of each resource = (total − reserved) × allocation_ratio; a request is admitted only if, for every resource,
/// used + requested ≤ capacity. Requests are taken in order; a rejected one uses nothing.
/// Sources: OpenStack Placement, <c>placement/objects/allocation.py</c> (capacity check) and the Nova configuration
/// reference (default ratios CPU 16.0, RAM 1.5, disk 1.0). Worked example (derived, tested): an 8-CPU, 32768 MB host
/// with the defaults has capacity 128 vCPU and 49152 MB, so six 8-vCPU/8192-MB VMs fit and the seventh is refused for memory.
/// </remarks>
public static class OvercommitAdmission
{
    /// <summary>Admits or rejects <paramref name="requests"/> in order on <paramref name="host"/>.</summary>
    /// <param name="host">Physical inventory.</param>
    /// <param name="requests">The stream of VM requests.</param>
    /// <param name="ratios">Allocation ratios; default <see cref="OvercommitRatios.OpenStackDefaults"/>.</param>
    /// <returns>One decision per request, the capacities and the utilisation.</returns>
    /// <exception cref="ArgumentException">A host figure, ratio or request is out of range.</exception>
    public static AdmissionResult Admit(HostCapacity host, IEnumerable<VmRequest> requests, OvercommitRatios? ratios = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(requests);
        ratios ??= OvercommitRatios.OpenStackDefaults;
        Guard.PositiveFinite(host.Cpus, nameof(host), "Host CPUs");
        Guard.PositiveFinite(host.MemoryMb, nameof(host), "Host memory");
        Guard.NonNegativeFinite(host.DiskGb, nameof(host), "Host disk");
        Guard.NonNegativeFinite(host.ReservedCpus, nameof(host), "Reserved CPUs");
        Guard.NonNegativeFinite(host.ReservedMemoryMb, nameof(host), "Reserved memory");
        Guard.NonNegativeFinite(host.ReservedDiskGb, nameof(host), "Reserved disk");
        if (host.ReservedCpus >= host.Cpus || host.ReservedMemoryMb >= host.MemoryMb || host.ReservedDiskGb > host.DiskGb)
        {
            throw new ArgumentException("The host reserves all of a resource; reserved must be less than total.", nameof(host));
        }

        Guard.PositiveFinite(ratios.Cpu, nameof(ratios), "The CPU allocation ratio");
        Guard.PositiveFinite(ratios.Memory, nameof(ratios), "The RAM allocation ratio");
        Guard.PositiveFinite(ratios.Disk, nameof(ratios), "The disk allocation ratio");

        var capacity = new[]
        {
            (host.Cpus - host.ReservedCpus) * ratios.Cpu,
            (host.MemoryMb - host.ReservedMemoryMb) * ratios.Memory,
            (host.DiskGb - host.ReservedDiskGb) * ratios.Disk,
        };
        var checkDisk = host.DiskGb > 0;
        var used = new double[3];
        var decisions = new List<AdmissionDecision>();
        string[] names = ["VCPU", "MEMORY_MB", "DISK_GB"];
        foreach (var request in requests)
        {
            if (request is null)
            {
                throw new ArgumentException("A request is null.", nameof(requests));
            }

            Guard.NonNegativeFinite(request.Vcpus, nameof(requests), $"{request.Name}: vCPUs");
            Guard.NonNegativeFinite(request.MemoryMb, nameof(requests), $"{request.Name}: memory");
            Guard.NonNegativeFinite(request.DiskGb, nameof(requests), $"{request.Name}: disk");
            double[] need = [request.Vcpus, request.MemoryMb, request.DiskGb];
            var reason = "";
            for (var r = 0; r < 3 && reason.Length == 0; r++)
            {
                if ((r < 2 || checkDisk) && used[r] + need[r] > capacity[r])
                {
                    reason = $"{names[r]} used {Format.Number(used[r])} + {Format.Number(need[r])} > capacity {Format.Number(capacity[r])}";
                }
            }

            if (reason.Length == 0)
            {
                for (var r = 0; r < 3; r++)
                {
                    used[r] += need[r];
                }
            }

            decisions.Add(new AdmissionDecision(request, reason.Length == 0, reason));
        }

        return new AdmissionResult(host, ratios, decisions, capacity[0], capacity[1], capacity[2], used[0], used[1], used[2]);
    }
}
