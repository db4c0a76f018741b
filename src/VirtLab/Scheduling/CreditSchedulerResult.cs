using System.Globalization;
using System.Net;
using System.Text;
using VirtLab.Display;

namespace VirtLab.Scheduling;

/// <summary>What <see cref="CreditScheduler.Run"/> produced: who ran on which pCPU when, and each domain's share.</summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class CreditSchedulerResult : IHtmlRenderable
{
    private readonly int[] _domainOfVcpu;

    internal CreditSchedulerResult(IReadOnlyList<CreditDomain> domains, int physicalCpus, int durationMs, IReadOnlyList<string> vcpuLabels,
        int[] domainOfVcpu, IReadOnlyList<TimelineSegment> timeline, IReadOnlyList<DomainUsage> usage)
    {
        Domains = domains;
        PhysicalCpus = physicalCpus;
        DurationMs = durationMs;
        VcpuLabels = vcpuLabels;
        _domainOfVcpu = domainOfVcpu;
        Timeline = timeline;
        Usage = usage;
    }

    /// <summary>The simulated domains.</summary>
    public IReadOnlyList<CreditDomain> Domains { get; }

    /// <summary>Number of pCPUs.</summary>
    public int PhysicalCpus { get; }

    /// <summary>Simulated milliseconds.</summary>
    public int DurationMs { get; }

    /// <summary>Label of each vCPU (the <see cref="TimelineSegment.JobId"/> of the timeline), for example "dom1.v0".</summary>
    public IReadOnlyList<string> VcpuLabels { get; }

    /// <summary>Which vCPU ran on which pCPU (<see cref="TimelineSegment.Cpu"/>) and when, in ms.</summary>
    public IReadOnlyList<TimelineSegment> Timeline { get; }

    /// <summary>CPU time and share per domain, in domain order.</summary>
    public IReadOnlyList<DomainUsage> Usage { get; }

    /// <summary>Fraction of pCPU time used by any vCPU.</summary>
    public double Utilisation => Usage.Sum(u => u.CpuTime) / ((double)DurationMs * PhysicalCpus);

    /// <summary>Jain's index of CPU time per unit of weight over all domains (1 = exactly weight-proportional).</summary>
    /// <remarks>Meaningful when every domain is CPU-bound and uncapped; caps and idle domains lower it on purpose.
    /// Source: Jain, Chiu, Hawe, DEC-TR-301, 1984.</remarks>
    public double JainFairness => Fairness.Jain(Usage.Select(u => u.CpuTime / u.Weight).ToArray());

    /// <summary>The domain that owns vCPU <paramref name="vcpu"/>.</summary>
    /// <param name="vcpu">A vCPU index (a timeline <see cref="TimelineSegment.JobId"/>).</param>
    public CreditDomain DomainOf(int vcpu) => Domains[_domainOfVcpu[vcpu]];

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Credit scheduler: {Domains.Count} domains on {PhysicalCpus} pCPU(s) for {DurationMs} ms");
        foreach (var u in Usage)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture,
                $"  {u.Name,-8} weight {u.Weight,5} cap {u.Cap,3}%  cpu {u.CpuTime,7:0} ms  share {u.Share,7:P1}  ({u.CpuPercent:0.#}% of a pCPU)");
            if (u.AverageWakeLatency is { } latency)
            {
                text.Append(CultureInfo.InvariantCulture, $"  wake latency {latency:0.##} ms");
            }
        }

        text.AppendLine().Append(CultureInfo.InvariantCulture, $"  Utilisation {Utilisation:P1}, Jain fairness (per weight) {JainFairness:F3}");
        return text.ToString();
    }

    /// <inheritdoc/>
    public string ToHtml()
    {
        var html = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<div><b>Credit scheduler</b>: {Domains.Count} domains on {PhysicalCpus} pCPU(s) for {DurationMs} ms</div>"));
        html.Append("<table><thead><tr><th>Domain</th><th>Weight</th><th>Cap %</th><th>CPU ms</th><th>Share of host</th><th>% of a pCPU</th><th>Wake latency ms</th></tr></thead><tbody>");
        foreach (var u in Usage)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{WebUtility.HtmlEncode(u.Name)}</td><td>{u.Weight}</td><td>{u.Cap}</td><td>{u.CpuTime:0}</td><td>{u.Share:P1}</td><td>{u.CpuPercent:0.#}</td><td>{(u.AverageWakeLatency is { } l ? l.ToString("0.##", CultureInfo.InvariantCulture) : "")}</td></tr>");
        }

        return html.Append(CultureInfo.InvariantCulture, $"</tbody></table><div>Utilisation {Utilisation:P1} · Jain fairness (per weight) {JainFairness:F3}</div>").ToString();
    }
}
