using System.Globalization;
using VirtLab.Display;
using VirtLab.Reliability;

namespace VirtLab.Performance;

/// <summary>What <see cref="QueueSimulation.Run"/> measured, next to the M/M/c formulas.</summary>
/// <param name="Model">The queue's formulas.</param>
/// <param name="Customers">Customers measured.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="MeanWaitingTime">Measured mean wait in the queue (compare <see cref="MmcQueue.MeanWaitingTime"/>).</param>
/// <param name="MeanResponseTime">Measured mean time in the system (compare <see cref="MmcQueue.MeanResponseTime"/>).</param>
/// <param name="ShareThatWaited">Measured share of customers who waited (compare the Erlang C value).</param>
/// <param name="Utilization">Measured busy share of the servers (compare ρ).</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record QueueMeasurement(MmcQueue Model, int Customers, int Seed, double MeanWaitingTime, double MeanResponseTime, double ShareThatWaited, double Utilization) : IHtmlRenderable
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"M/M/{Model.Servers} simulated ({Customers} customers, seed {Seed}): Wq {N(MeanWaitingTime)} (formula {N(Model.MeanWaitingTime)}), " +
        $"W {N(MeanResponseTime)} (formula {N(Model.MeanResponseTime)}), waited {N(ShareThatWaited)} (Erlang C {N(Model.ProbabilityOfWaiting)})");

    /// <inheritdoc />
    public string ToHtml() => new ResultTable(string.Create(CultureInfo.InvariantCulture, $"M/M/{Model.Servers}: simulation ({Customers} customers, seed {Seed}) vs formula"), "quantity", "simulated", "formula")
        .Row("mean waiting time Wq", MeanWaitingTime, Model.MeanWaitingTime)
        .Row("mean response time W", MeanResponseTime, Model.MeanResponseTime)
        .Row("share that waited (Erlang C)", ShareThatWaited, Model.ProbabilityOfWaiting)
        .Row("utilization rho", Utilization, Model.Utilization)
        .ToString();

    private static string N(double x) => ResultTable.Number(x);
}
