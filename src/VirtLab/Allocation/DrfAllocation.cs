using System.Globalization;
using VirtLab.Display;

namespace VirtLab.Allocation;

/// <summary>The outcome of Dominant Resource Fairness for n users over m resources.</summary>
/// <param name="Capacities">Capacity Cⱼ per resource.</param>
/// <param name="Demands">Per-task demand vector Dᵢ per user.</param>
/// <param name="Weights">Weight wᵢ per user (all 1 when unweighted).</param>
/// <param name="Tasks">Tasks nᵢ per user (whole numbers unless <paramref name="Divisible"/>).</param>
/// <param name="DominantShares">sᵢ = maxⱼ nᵢ·Dᵢⱼ/Cⱼ per user.</param>
/// <param name="DominantResources">Index j of each user's dominant resource (the j attaining maxⱼ Dᵢⱼ/Cⱼ).</param>
/// <param name="ResourceUse">Σᵢ nᵢ·Dᵢⱼ per resource.</param>
/// <param name="Divisible"><see langword="true"/> for the continuous (fractional task) form.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record DrfAllocation(
    IReadOnlyList<double> Capacities,
    IReadOnlyList<IReadOnlyList<double>> Demands,
    IReadOnlyList<double> Weights,
    IReadOnlyList<double> Tasks,
    IReadOnlyList<double> DominantShares,
    IReadOnlyList<int> DominantResources,
    IReadOnlyList<double> ResourceUse,
    bool Divisible) : IHtmlRenderable
{
    /// <summary>Cⱼ − Σᵢ nᵢ·Dᵢⱼ per resource: what no user could use.</summary>
    public IReadOnlyList<double> Leftover => Capacities.Select((c, j) => Math.Max(0, c - ResourceUse[j])).ToArray();

    /// <summary>uᵢⱼ = nᵢ·Dᵢⱼ/Cⱼ: user i's share of resource j.</summary>
    public double Share(int user, int resource) => Tasks[user] * Demands[user][resource] / Capacities[resource];

    /// <summary>Reads like the maths (DrfDivisible for divisible tasks): <c>Drf(C = (9, 18)) → tasks (3, 2), s = (0.666667, 0.666667), leftover (0, 4)</c>.</summary>
    public override string ToString() =>
        $"{(Divisible ? "DrfDivisible" : "Drf")}(C = {Format.Vector(Capacities)}) → tasks {Format.Vector(Tasks)}, s = {Format.Vector(DominantShares)}, leftover {Format.Vector(Leftover)}";

    /// <inheritdoc />
    public string ToHtml()
    {
        var m = Capacities.Count;
        var headers = new List<string> { "user", "weight", "demand per task", "tasks" };
        headers.AddRange(Enumerable.Range(0, m).Select(j => $"share of r{j}"));
        headers.Add("dominant");
        headers.Add("dominant share");
        var rows = Enumerable.Range(0, Tasks.Count).Take(50).Select(i =>
        {
            var row = new List<string>
            {
                i.ToString(CultureInfo.InvariantCulture),
                Format.Number(Weights[i]),
                Format.Vector(Demands[i]),
                Format.Number(Tasks[i]),
            };
            row.AddRange(Enumerable.Range(0, m).Select(j => Format.Number(Share(i, j))));
            row.Add("r" + DominantResources[i].ToString(CultureInfo.InvariantCulture));
            row.Add(Format.Number(DominantShares[i]));
            return (IReadOnlyList<string>)row;
        });
        var more = Tasks.Count > 50 ? $" (first 50 of {Tasks.Count} users shown)" : "";
        return Format.Html($"{(Divisible ? "DRF, divisible tasks" : "DRF")}, capacity {Format.Vector(Capacities)}{more}", headers, rows,
            $"Used {Format.Vector(ResourceUse)}, leftover {Format.Vector(Leftover)}.");
    }
}
