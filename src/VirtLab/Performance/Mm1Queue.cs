using VirtLab.Display;
using VirtLab.Reliability;

namespace VirtLab.Performance;

/// <summary>
/// The M/M/1 queue: Poisson arrivals at rate λ, one server with exponential service at rate μ, FIFO,
/// unbounded buffer, in steady state (ρ = λ/μ &lt; 1).
/// </summary>
/// <remarks>
/// Formulas: ρ = λ/μ; Pₙ = (1−ρ)ρⁿ; P(N ≥ n) = ρⁿ; L = ρ/(1−ρ); L_q = ρ²/(1−ρ); W = 1/(μ−λ); W_q = ρ/(μ−λ).
/// Source: R. Jain, <i>The Art of Computer Systems Performance Analysis</i>, Wiley 1991, ch. 31 (M/M/1),
/// including the gateway example (tested): λ = 125 packets/s, service time 2 ms (μ = 500/s) gives
/// ρ = 0.25, L = 1/3, W = 2.6667 ms, P(N ≥ 13) = 1.49 × 10⁻⁸, and 10 buffers for loss &lt; 10⁻⁶.
/// (Book page not re-read here; numbers recomputed from the formulas.)
/// </remarks>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class Mm1Queue : IHtmlRenderable
{
    /// <summary>Creates the queue.</summary>
    /// <param name="arrivalRate">Arrival rate λ (customers per unit time). Range: 0 &lt; λ &lt; μ.</param>
    /// <param name="serviceRate">Service rate μ (customers per unit time). Range: μ &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is out of range, or λ ≥ μ (no steady state).</exception>
    public Mm1Queue(double arrivalRate, double serviceRate)
    {
        Guard.Positive(arrivalRate, nameof(arrivalRate));
        Guard.Positive(serviceRate, nameof(serviceRate));
        if (arrivalRate >= serviceRate)
        {
            throw new ArgumentOutOfRangeException(nameof(arrivalRate), arrivalRate,
                $"Arrival rate must be below the service rate ({serviceRate}) for a steady state (rho < 1).");
        }

        ArrivalRate = arrivalRate;
        ServiceRate = serviceRate;
    }

    /// <summary>Arrival rate λ.</summary>
    public double ArrivalRate { get; }

    /// <summary>Service rate μ.</summary>
    public double ServiceRate { get; }

    /// <summary>Utilization ρ = λ/μ.</summary>
    public double Utilization => ArrivalRate / ServiceRate;

    /// <summary>Mean number in the system L = ρ/(1−ρ).</summary>
    public double MeanNumberInSystem => Utilization / (1 - Utilization);

    /// <summary>Mean number waiting L_q = ρ²/(1−ρ).</summary>
    public double MeanNumberInQueue => Utilization * Utilization / (1 - Utilization);

    /// <summary>Mean response time (wait + service) W = 1/(μ−λ).</summary>
    public double MeanResponseTime => 1 / (ServiceRate - ArrivalRate);

    /// <summary>Mean waiting time in the queue W_q = ρ/(μ−λ).</summary>
    public double MeanWaitingTime => Utilization / (ServiceRate - ArrivalRate);

    /// <summary>Probability of exactly n customers in the system, Pₙ = (1−ρ)ρⁿ.</summary>
    /// <param name="n">Number of customers. Range: n ≥ 0.</param>
    public double ProbabilityOf(int n)
    {
        CheckCount(n);
        return (1 - Utilization) * Math.Pow(Utilization, n);
    }

    /// <summary>Probability of at least n customers in the system, P(N ≥ n) = ρⁿ.</summary>
    /// <param name="n">Number of customers. Range: n ≥ 0.</param>
    public double ProbabilityAtLeast(int n)
    {
        CheckCount(n);
        return Math.Pow(Utilization, n);
    }

    /// <summary>Smallest buffer size n (customers in system) with P(N ≥ n) below <paramref name="lossProbability"/>.</summary>
    /// <param name="lossProbability">Target probability. Range: 0 &lt; p &lt; 1.</param>
    /// <remarks>n is the smallest integer with ρⁿ &lt; p, i.e. n &gt; log(p)/log(ρ) (Jain 1991, ch. 31 gateway example: 10 for 10⁻⁶ at ρ = 0.25).</remarks>
    public int BufferFor(double lossProbability)
    {
        if (!(lossProbability > 0 && lossProbability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(lossProbability), lossProbability, "Must be a probability in (0, 1).");
        }

        return (int)Math.Floor(Math.Log(lossProbability) / Math.Log(Utilization)) + 1;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"M/M/1(lambda = {N(ArrivalRate)}, mu = {N(ServiceRate)}): rho = {N(Utilization)}, L = {N(MeanNumberInSystem)}, " +
        $"Lq = {N(MeanNumberInQueue)}, W = {N(MeanResponseTime)}, Wq = {N(MeanWaitingTime)}";

    /// <inheritdoc />
    public string ToHtml() => new ResultTable($"M/M/1, lambda = {N(ArrivalRate)}, mu = {N(ServiceRate)}", "quantity", "symbol", "value")
        .Row("utilization", "rho", Utilization)
        .Row("mean number in system", "L", MeanNumberInSystem)
        .Row("mean number waiting", "Lq", MeanNumberInQueue)
        .Row("mean response time", "W", MeanResponseTime)
        .Row("mean waiting time", "Wq", MeanWaitingTime)
        .ToString();

    private static void CheckCount(int n)
    {
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "Must be an integer >= 0.");
        }
    }

    private static string N(double x) => ResultTable.Number(x);
}
