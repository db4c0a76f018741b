using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace VirtLab.Reliability.Recovery;

/// <summary>
/// Seeded simulation of a service that fails at exponential times (mean MTBF of up time), is detected after a
/// fixed delay, and is recovered by a <see cref="RecoveryStrategy"/>. Times in seconds.
/// </summary>
/// <remarks>
/// The long-run availability is MTBF/(MTBF + E[downtime]) (an alternating renewal process; AWS Reliability Pillar,
/// "Definitions": A = MTBF/(MTBF + MTTR) with MTTR = detection + recovery), which the tests check the simulation
/// against. Randomness: MathNet.Numerics <see cref="Xoshiro256StarStar"/>; a seed gives one timeline.
/// </remarks>
public static class RecoverySimulation
{
    /// <summary>Simulates <paramref name="horizon"/> seconds of failures and recoveries.</summary>
    /// <param name="strategy">A <see cref="RestartStrategy"/> or a <see cref="FailoverStrategy"/>.</param>
    /// <param name="mtbf">Mean up time between failures, seconds. Range: &gt; 0.</param>
    /// <param name="detectionTime">Failure to detection, seconds (e.g. a detector's timeout). Range: ≥ 0.</param>
    /// <param name="horizon">Simulated seconds. Range: &gt; 0.</param>
    /// <param name="seed">Random seed (failures, failed starts).</param>
    public static RecoveryTimeline Run(RecoveryStrategy strategy, double mtbf, double detectionTime, double horizon, int seed)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        Guard.Positive(mtbf, nameof(mtbf));
        Guard.NonNegative(detectionTime, nameof(detectionTime));
        Guard.Positive(horizon, nameof(horizon));
        var random = new Xoshiro256StarStar(seed);
        var incidents = new List<Incident>();
        var standbyReadyAt = 0.0;
        var backoff = strategy is RestartStrategy r ? r.Validate().Backoff.Start() : null;
        for (var now = Exponential.Sample(random, 1 / mtbf); now < horizon;)
        {
            var detected = now + detectionTime;
            double recovered;
            int attempts;
            switch (strategy)
            {
                case RestartStrategy restart:
                    backoff!.Reset();
                    recovered = detected;
                    attempts = 0;
                    do
                    {
                        recovered += backoff.Next().TotalSeconds + restart.StartupTime;
                        attempts++;
                    }
                    while (random.NextDouble() < restart.StartFailureProbability);
                    break;
                case FailoverStrategy failover:
                    failover.Validate();
                    // the standby takes over once detected and (if it was itself being repaired) ready
                    recovered = Math.Max(detected, standbyReadyAt) + failover.SwitchoverTime;
                    standbyReadyAt = now + failover.RepairTime;   // the failed node, repaired, becomes the standby
                    attempts = 1;
                    break;
                default:
                    throw new ArgumentException($"Unknown strategy type {strategy.GetType().Name}.", nameof(strategy));
            }

            incidents.Add(new Incident(now, detected, recovered, attempts));
            now = recovered + Exponential.Sample(random, 1 / mtbf);
        }

        var expected = Availability.FromMtbf(mtbf, strategy.ExpectedDowntime(detectionTime));
        return new RecoveryTimeline(strategy.ToString(), incidents, horizon, expected);
    }
}
