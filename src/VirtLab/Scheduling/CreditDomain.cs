namespace VirtLab.Scheduling;

/// <summary>A guest domain (virtual machine) for the <see cref="CreditScheduler"/>.</summary>
/// <param name="Name">Display name, for example "dom1".</param>
/// <param name="Weight">Relative share under contention (Xen default 256). Range: 1 ≤ weight ≤ 65535.</param>
/// <param name="Cap">Upper bound in percent of one physical CPU (100 = one pCPU); 0 = no cap. Range: ≥ 0.</param>
/// <param name="Vcpus">Number of virtual CPUs. Range: ≥ 1.</param>
/// <param name="IoEvery">Milliseconds of CPU between I/O requests per vCPU; 0 = CPU-bound. Range: ≥ 0.</param>
/// <param name="IoTime">Milliseconds each I/O blocks the vCPU. Range: ≥ 0.</param>
public sealed record CreditDomain(string Name, int Weight = 256, int Cap = 0, int Vcpus = 1, int IoEvery = 0, int IoTime = 0)
{
    internal void Validate(int index)
    {
        if (string.IsNullOrEmpty(Name))
        {
            throw new ArgumentException($"Domain {index} needs a name.", "domains");
        }

        if (Weight is < 1 or > 65535)
        {
            throw new ArgumentException($"Domain {Name}: weight must be in 1..65535 (got {Weight}).", "domains");
        }

        if (Cap < 0)
        {
            throw new ArgumentException($"Domain {Name}: cap must be >= 0 percent (0 = no cap; got {Cap}).", "domains");
        }

        if (Vcpus < 1)
        {
            throw new ArgumentException($"Domain {Name}: it needs at least one vCPU (got {Vcpus}).", "domains");
        }

        if (IoEvery < 0 || IoTime < 0)
        {
            throw new ArgumentException($"Domain {Name}: ioEvery and ioTime must be >= 0.", "domains");
        }
    }
}
