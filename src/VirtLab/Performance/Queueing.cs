using MathNet.Numerics.Distributions;
using VirtLab.Reliability;

namespace VirtLab.Performance;

/// <summary>Entry point for queueing questions: M/M/1, M/M/c and the Erlang B and C formulas.</summary>
public static class Queueing
{
    /// <summary>An M/M/1 queue; see <see cref="Mm1Queue"/>.</summary>
    /// <param name="arrivalRate">Arrival rate λ. Range: 0 &lt; λ &lt; μ.</param>
    /// <param name="serviceRate">Service rate μ. Range: μ &gt; 0.</param>
    public static Mm1Queue Mm1(double arrivalRate, double serviceRate) => new(arrivalRate, serviceRate);

    /// <summary>An M/M/c queue; see <see cref="MmcQueue"/>.</summary>
    /// <param name="arrivalRate">Arrival rate λ. Range: 0 &lt; λ &lt; cμ.</param>
    /// <param name="serviceRate">Service rate μ of one server. Range: μ &gt; 0.</param>
    /// <param name="servers">Number of servers c. Range: c ≥ 1.</param>
    public static MmcQueue Mmc(double arrivalRate, double serviceRate, int servers) => new(arrivalRate, serviceRate, servers);

    /// <summary>Erlang B: probability that an arrival is blocked in an M/M/c/c loss system.</summary>
    /// <param name="servers">Number of servers c. Range: c ≥ 1.</param>
    /// <param name="offeredLoad">Offered load A = λ/μ in Erlangs. Range: A &gt; 0.</param>
    /// <remarks>
    /// B(c, A) = (Aᶜ/c!) / Σ_{k=0}^{c} Aᵏ/k!, computed as the Poisson(A) PMF at c over its CDF at c with
    /// MathNet.Numerics (the e^{−A} factors cancel). Source: https://en.wikipedia.org/wiki/Erlang_(unit)
    /// (Erlang B). Checkpoints (tested, derived): B(1, 1) = 0.5, B(5, 2) = 0.036697, B(14, 10) = 0.056819;
    /// call-centre example B(55, 48) = 0.0383743.
    /// </remarks>
    public static double ErlangB(int servers, double offeredLoad)
    {
        Guard.PositiveInt(servers, nameof(servers));
        Guard.Positive(offeredLoad, nameof(offeredLoad));
        return Poisson.PMF(offeredLoad, servers) / Poisson.CDF(offeredLoad, servers);
    }

    /// <summary>Erlang C: probability that an arrival has to wait in an M/M/c queue.</summary>
    /// <param name="servers">Number of servers c. Range: c ≥ 1.</param>
    /// <param name="offeredLoad">Offered load A = λ/μ in Erlangs. Range: 0 &lt; A &lt; c.</param>
    /// <remarks>
    /// C(c, A) = [Aᶜ/c! · 1/(1−ρ)] / [Σ_{k&lt;c} Aᵏ/k! + Aᶜ/c! · 1/(1−ρ)] with ρ = A/c; equivalently
    /// C = cB/(c − A(1 − B)) from Erlang B. Source: https://en.wikipedia.org/wiki/Erlang_(unit) (Erlang C).
    /// Tested: C(3, 2) = 4/9 (derived); call centre C(55, 48) = 0.2387009.
    /// </remarks>
    public static double ErlangC(int servers, double offeredLoad)
    {
        Guard.PositiveInt(servers, nameof(servers));
        Guard.Positive(offeredLoad, nameof(offeredLoad));
        if (offeredLoad >= servers)
        {
            throw new ArgumentOutOfRangeException(nameof(offeredLoad), offeredLoad,
                $"Offered load must be below the number of servers ({servers}); otherwise the queue grows without bound.");
        }

        var rho = offeredLoad / servers;
        var top = Poisson.PMF(offeredLoad, servers) / (1 - rho);
        var below = servers == 1 ? Poisson.PMF(offeredLoad, 0) : Poisson.CDF(offeredLoad, servers - 1);
        return top / (below + top);
    }
}
