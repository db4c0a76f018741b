using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using VirtLab.Reliability;

namespace VirtLab.Performance;

/// <summary>
/// Seeded simulation of an M/M/c FIFO queue, to set measured numbers beside <see cref="Mm1Queue"/> and <see cref="MmcQueue"/>.
/// </summary>
/// <remarks>
/// Each customer arrives after an exponential gap (rate λ), takes the server that frees first, waits until it is free,
/// and holds it for an exponential service time (rate μ) — the multi-server form of Lindley's recursion
/// (D. V. Lindley, "The theory of queues with a single server", Proc. Cambridge Phil. Soc. 48(2), 1952).
/// The first <c>warmUp</c> customers are dropped so the start from an empty system does not bias the means.
/// Randomness: MathNet.Numerics <see cref="Xoshiro256StarStar"/>.
/// </remarks>
public static class QueueSimulation
{
    /// <summary>Simulates <paramref name="customers"/> customers and measures their waits.</summary>
    /// <param name="arrivalRate">λ. Range: 0 &lt; λ &lt; cμ.</param>
    /// <param name="serviceRate">μ per server. Range: &gt; 0.</param>
    /// <param name="servers">c. Range: ≥ 1.</param>
    /// <param name="customers">Customers measured. Range: ≥ 100.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="warmUp">Customers simulated first and not measured. Range: ≥ 0.</param>
    public static QueueMeasurement Run(double arrivalRate, double serviceRate, int servers, int customers, int seed, int warmUp = 1000)
    {
        var model = new MmcQueue(arrivalRate, serviceRate, servers);   // validates λ, μ, c and stability
        if (customers < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(customers), customers, "Must be >= 100 for meaningful means.");
        }

        if (warmUp < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(warmUp), warmUp, "Must be >= 0.");
        }

        var random = new Xoshiro256StarStar(seed);
        var freeAt = new PriorityQueue<int, double>();
        for (var s = 0; s < servers; s++)
        {
            freeAt.Enqueue(s, 0);
        }

        double now = 0, totalWait = 0, totalResponse = 0, busy = 0, firstArrival = 0, lastDeparture = 0;
        var waited = 0;
        for (var i = 0; i < warmUp + customers; i++)
        {
            now += Exponential.Sample(random, arrivalRate);
            freeAt.TryDequeue(out var server, out var free);
            var start = Math.Max(now, free);
            var service = Exponential.Sample(random, serviceRate);
            freeAt.Enqueue(server, start + service);
            if (i < warmUp)
            {
                continue;
            }

            if (i == warmUp)
            {
                firstArrival = now;
            }

            totalWait += start - now;
            totalResponse += start + service - now;
            busy += service;
            waited += start > now ? 1 : 0;
            lastDeparture = Math.Max(lastDeparture, start + service);
        }

        return new QueueMeasurement(model, customers, seed, totalWait / customers, totalResponse / customers,
            (double)waited / customers, busy / (servers * (lastDeparture - firstArrival)));
    }
}
