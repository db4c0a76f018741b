using System.Collections;
using VirtLab.Display;

namespace VirtLab.Allocation;

/// <summary>
/// How one divisible resource of capacity C was split among clients: aᵢ per client in input order.
/// Enumerates as the amounts, so it can be compared or charted like a list.
/// </summary>
/// <param name="Rule">The rule that produced the split, for example <c>MaxMin</c>.</param>
/// <param name="Capacity">Capacity C that was divided.</param>
/// <param name="Amounts">aᵢ per client, in input order.</param>
/// <param name="Demands">dᵢ per client, or <see langword="null"/> when the rule ignores demand.</param>
/// <param name="Weights">wᵢ per client, or <see langword="null"/> when all clients weigh the same.</param>
/// <param name="Level">The water level λ (allocation per unit of weight given to unsatisfied clients).</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record ResourceSplit(
    string Rule,
    double Capacity,
    IReadOnlyList<double> Amounts,
    IReadOnlyList<double>? Demands,
    IReadOnlyList<double>? Weights,
    double Level) : IReadOnlyList<double>, IHtmlRenderable
{
    /// <summary>Σaᵢ, the capacity handed out.</summary>
    public double Total => Amounts.Sum();

    /// <summary>C − Σaᵢ, capacity nobody asked for.</summary>
    public double Leftover => Math.Max(0, Capacity - Total);

    /// <summary>Number of clients.</summary>
    public int Count => Amounts.Count;

    /// <summary>aᵢ of client <paramref name="index"/>.</summary>
    public double this[int index] => Amounts[index];

    /// <inheritdoc />
    public IEnumerator<double> GetEnumerator() => Amounts.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reads like the maths: <c>MaxMin(C = 10) → (2, 2.6, 2.7, 2.7)</c>.</summary>
    public override string ToString() => $"{Rule}(C = {Format.Number(Capacity)}) → {Format.Vector(Amounts)}";

    /// <inheritdoc />
    public string ToHtml()
    {
        var headers = new List<string> { "client" };
        if (Weights is not null)
        {
            headers.Add("weight");
        }

        if (Demands is not null)
        {
            headers.Add("demand");
        }

        headers.Add("allocation");
        var rows = Enumerable.Range(0, Count).Select(i =>
        {
            var row = new List<string> { i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (Weights is not null)
            {
                row.Add(Format.Number(Weights[i]));
            }

            if (Demands is not null)
            {
                row.Add(Format.Number(Demands[i]));
            }

            row.Add(Format.Number(Amounts[i]));
            return (IReadOnlyList<string>)row;
        });
        return Format.Html($"{Rule}, capacity {Format.Number(Capacity)}", headers, rows,
            $"Total {Format.Number(Total)}, leftover {Format.Number(Leftover)}, level {Format.Number(Level)}.");
    }
}
