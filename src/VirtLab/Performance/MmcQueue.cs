using MathNet.Numerics.Distributions;
using VirtLab.Display;
using VirtLab.Reliability;

namespace VirtLab.Performance;

/// <summary>
/// The M/M/c queue: Poisson arrivals at rate λ, c identical servers with exponential service at rate μ,
/// one shared FIFO queue, in steady state (ρ = λ/(cμ) &lt; 1).
/// </summary>
/// <remarks>
/// With offered load A = λ/μ (Erlangs): the probability that an arrival waits is Erlang C,
/// C(c, A) = [Aᶜ/c! · 1/(1−ρ)] / [Σ_{k&lt;c} Aᵏ/k! + Aᶜ/c! · 1/(1−ρ)]; W_q = C/(cμ − λ); L_q = λW_q;
/// W = W_q + 1/μ; L = λW; service level SL(t) = 1 − C·e^{−(cμ−λ)t}.
/// Source: A. K. Erlang (1917), as given in https://en.wikipedia.org/wiki/Erlang_(unit) (Erlang C);
/// Hillier &amp; Lieberman, <i>Introduction to Operations Research</i>, M/M/s model (tested: λ = 2/h, μ = 3/h,
/// c = 2 gives P0 = 1/2, C = 1/6, L_q = 1/12, W = 3/8 h). Call-centre example (tested): 360 calls per
/// 30 min, 240 s handling (A = 48 Erl), 55 agents: C = 0.2387, mean wait (ASA) 8.184 s, SL(20 s) = 86.68 %.
/// The Poisson sums Σ Aᵏ/k! use MathNet.Numerics' <see cref="Poisson"/> distribution (e^{−A}Aᵏ/k! terms).
/// </remarks>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class MmcQueue : IHtmlRenderable
{
    /// <summary>Creates the queue.</summary>
    /// <param name="arrivalRate">Arrival rate λ. Range: 0 &lt; λ &lt; cμ.</param>
    /// <param name="serviceRate">Service rate μ of one server. Range: μ &gt; 0.</param>
    /// <param name="servers">Number of servers c. Range: c ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range, or λ ≥ cμ (no steady state).</exception>
    public MmcQueue(double arrivalRate, double serviceRate, int servers)
    {
        Guard.Positive(arrivalRate, nameof(arrivalRate));
        Guard.Positive(serviceRate, nameof(serviceRate));
        Guard.PositiveInt(servers, nameof(servers));
        if (arrivalRate >= servers * serviceRate)
        {
            throw new ArgumentOutOfRangeException(nameof(arrivalRate), arrivalRate,
                $"Arrival rate must be below c*mu = {servers * serviceRate} for a steady state (rho < 1).");
        }

        ArrivalRate = arrivalRate;
        ServiceRate = serviceRate;
        Servers = servers;
        ProbabilityOfWaiting = Queueing.ErlangC(servers, OfferedLoad);
    }

    /// <summary>Arrival rate λ.</summary>
    public double ArrivalRate { get; }

    /// <summary>Service rate μ of one server.</summary>
    public double ServiceRate { get; }

    /// <summary>Number of servers c.</summary>
    public int Servers { get; }

    /// <summary>Offered load A = λ/μ in Erlangs.</summary>
    public double OfferedLoad => ArrivalRate / ServiceRate;

    /// <summary>Utilization of each server ρ = A/c.</summary>
    public double Utilization => OfferedLoad / Servers;

    /// <summary>Probability that the system is empty, P0 = 1/[Σ_{k&lt;c} Aᵏ/k! + Aᶜ/(c!(1−ρ))].</summary>
    public double ProbabilityEmpty
    {
        get
        {
            var a = OfferedLoad;
            var below = Servers == 1 ? Poisson.PMF(a, 0) : Poisson.CDF(a, Servers - 1);
            return Math.Exp(-a) / (below + Poisson.PMF(a, Servers) / (1 - Utilization));
        }
    }

    /// <summary>Probability that an arrival has to wait, the Erlang C value C(c, A).</summary>
    public double ProbabilityOfWaiting { get; }

    /// <summary>Mean waiting time in the queue W_q = C/(cμ − λ) (the call-centre "average speed of answer").</summary>
    public double MeanWaitingTime => ProbabilityOfWaiting / (Servers * ServiceRate - ArrivalRate);

    /// <summary>Mean number waiting L_q = λW_q.</summary>
    public double MeanNumberInQueue => ArrivalRate * MeanWaitingTime;

    /// <summary>Mean response time W = W_q + 1/μ.</summary>
    public double MeanResponseTime => MeanWaitingTime + 1 / ServiceRate;

    /// <summary>Mean number in the system L = λW.</summary>
    public double MeanNumberInSystem => ArrivalRate * MeanResponseTime;

    /// <summary>Share of arrivals that wait at most <paramref name="time"/>: SL(t) = 1 − C·e^{−(cμ−λ)t}.</summary>
    /// <param name="time">Waiting-time target t, in the rate's time unit. Range: t ≥ 0.</param>
    public double ServiceLevel(double time)
    {
        Guard.NonNegative(time, nameof(time));
        return 1 - ProbabilityOfWaiting * Math.Exp(-(Servers * ServiceRate - ArrivalRate) * time);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"M/M/{Servers}(lambda = {N(ArrivalRate)}, mu = {N(ServiceRate)}): A = {N(OfferedLoad)} Erl, rho = {N(Utilization)}, " +
        $"C = {N(ProbabilityOfWaiting)}, Lq = {N(MeanNumberInQueue)}, Wq = {N(MeanWaitingTime)}, W = {N(MeanResponseTime)}, L = {N(MeanNumberInSystem)}";

    /// <inheritdoc />
    public string ToHtml() => new ResultTable($"M/M/{Servers}, lambda = {N(ArrivalRate)}, mu = {N(ServiceRate)}", "quantity", "symbol", "value")
        .Row("offered load (Erlang)", "A", OfferedLoad)
        .Row("utilization per server", "rho", Utilization)
        .Row("probability empty", "P0", ProbabilityEmpty)
        .Row("probability of waiting (Erlang C)", "C", ProbabilityOfWaiting)
        .Row("mean number waiting", "Lq", MeanNumberInQueue)
        .Row("mean waiting time", "Wq", MeanWaitingTime)
        .Row("mean response time", "W", MeanResponseTime)
        .Row("mean number in system", "L", MeanNumberInSystem)
        .ToString();

    private static string N(double x) => ResultTable.Number(x);
}
