namespace VirtLab.Scheduling;

/// <summary>What one domain received from the <see cref="CreditScheduler"/>.</summary>
/// <param name="Name">Domain name.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Cap">Its cap in percent of a pCPU (0 = none).</param>
/// <param name="CpuTime">Milliseconds of pCPU time its vCPUs ran.</param>
/// <param name="Share">CpuTime / (duration · pCPUs): its fraction of the host.</param>
/// <param name="CpuPercent">CpuTime / duration · 100: in the unit of the cap (100 = one pCPU).</param>
/// <param name="AverageWakeLatency">Mean milliseconds from an I/O completion to running again, or <see langword="null"/> without I/O.</param>
public sealed record DomainUsage(string Name, int Weight, int Cap, double CpuTime, double Share, double CpuPercent, double? AverageWakeLatency);
