using System.Globalization;
using VirtLab.Display;

namespace VirtLab.Allocation.Linux;

/// <summary>Predicted CPU use of busy containers on a host.</summary>
/// <param name="HostCpus">Host CPUs.</param>
/// <param name="Containers">The containers as given.</param>
/// <param name="Conversion">How shares reached the kernel.</param>
/// <param name="Cpus">CPUs each container uses (1.0 = one full CPU; <c>docker stats</c> shows 100 % per CPU).</param>
/// <param name="PerCpu">Per container, its use of each host CPU.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record CpuContentionResult(
    int HostCpus,
    IReadOnlyList<ContainerCpu> Containers,
    SharesConversion Conversion,
    IReadOnlyList<double> Cpus,
    IReadOnlyList<IReadOnlyList<double>> PerCpu) : IHtmlRenderable
{
    /// <summary>Each container's use as a percentage of one CPU, as <c>docker stats</c> reports it.</summary>
    public IReadOnlyList<double> Percent => Cpus.Select(c => 100 * c).ToArray();

    /// <summary>The predicted CPUs of the container called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No container has that name.</exception>
    public double this[string name]
    {
        get
        {
            for (var i = 0; i < Containers.Count; i++)
            {
                if (Containers[i].Name == name)
                {
                    return Cpus[i];
                }
            }

            throw new KeyNotFoundException($"No container named '{name}'.");
        }
    }

    /// <summary>Reads like the maths: <c>CpuContention(1 CPU) → a 0.666667, b 0.333333</c>.</summary>
    public override string ToString() =>
        $"CpuContention({HostCpus} CPU) → " + string.Join(", ", Containers.Select((c, i) => $"{c.Name} {Format.Number(Cpus[i])}"));

    /// <inheritdoc />
    public string ToHtml()
    {
        var headers = new List<string> { "container", "shares", "--cpus", "cpuset" };
        headers.AddRange(Enumerable.Range(0, HostCpus).Select(c => "CPU " + c.ToString(CultureInfo.InvariantCulture)));
        headers.Add("total CPUs");
        var rows = Containers.Select((c, i) =>
        {
            var row = new List<string>
            {
                c.Name,
                c.CpuShares.ToString(CultureInfo.InvariantCulture),
                c.Cpus is { } l ? Format.Number(l) : "-",
                c.Cpuset is { } s ? string.Join(",", s) : "all",
            };
            row.AddRange(PerCpu[i].Select(Format.Number));
            row.Add(Format.Number(Cpus[i]));
            return (IReadOnlyList<string>)row;
        });
        return Format.Html($"Predicted CPU use of busy containers, {HostCpus} host CPUs ({Conversion})", headers, rows);
    }
}
