using VirtLab.Display;

namespace VirtLab.Reliability;

/// <summary>Result of <see cref="AvailabilitySimulation"/>: the simulated availability next to the formula's.</summary>
/// <param name="K">Components needed.</param>
/// <param name="Components">The components.</param>
/// <param name="Analytic">The formula's steady-state availability.</param>
/// <param name="Estimate">Mean of the replications' up-time fractions.</param>
/// <param name="StandardError">Standard error of <paramref name="Estimate"/> (replication std. dev. / √replications).</param>
/// <param name="Horizon">Simulated time per replication.</param>
/// <param name="Replications">Number of replications.</param>
/// <param name="Seed">The seed used.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record MonteCarloAvailability(
    int K,
    IReadOnlyList<Component> Components,
    double Analytic,
    double Estimate,
    double StandardError,
    double Horizon,
    int Replications,
    int Seed) : IHtmlRenderable
{
    /// <summary>Estimate − Analytic in standard errors (|z| &lt; 3 is agreement).</summary>
    public double ZScore => StandardError > 0 ? (Estimate - Analytic) / StandardError : (Estimate == Analytic ? 0 : double.PositiveInfinity);

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{K}-of-{Components.Count}: simulated {N(Estimate)} +/- {N(StandardError)} vs formula {N(Analytic)} (z = {ZScore:0.00}, {Replications} runs x {N(Horizon)}, seed {Seed})");

    /// <inheritdoc />
    public string ToHtml()
    {
        var table = new ResultTable($"{K}-of-{Components.Count} availability: Monte Carlo vs formula (seed {Seed})", "component", "MTBF", "MTTR", "A");
        foreach (var c in Components)
        {
            table.Row(c.Name, c.Mtbf, c.Mttr, c.Availability);
        }

        table.Row("system (formula)", "", "", Analytic)
            .Row($"system (simulated, {Replications} runs)", "", "", $"{N(Estimate)} +/- {N(StandardError)}");
        return table.ToString();
    }

    private static string N(double x) => ResultTable.Number(x);
}
