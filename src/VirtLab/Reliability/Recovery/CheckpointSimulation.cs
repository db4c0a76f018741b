using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace VirtLab.Reliability.Recovery;

/// <summary>
/// Seeded simulation of a checkpoint/restart job: compute τ, write a checkpoint δ, repeat; an exponential
/// failure (mean M) at any moment loses the work since the last checkpoint and costs a restart R (which can fail too).
/// </summary>
/// <remarks>
/// The model is the one behind <see cref="CheckpointInterval.ExpectedWallTime"/> (Daly 2006), so the
/// simulated mean converges to that formula. Randomness: MathNet.Numerics <see cref="Xoshiro256StarStar"/>.
/// </remarks>
public static class CheckpointSimulation
{
    /// <summary>Runs <paramref name="replications"/> independent jobs and reports the mean wall-clock time.</summary>
    /// <param name="solveTime">Failure-free compute time T_s. Range: T_s &gt; 0.</param>
    /// <param name="interval">Compute time between checkpoints τ (the last segment may be shorter). Range: τ &gt; 0.</param>
    /// <param name="checkpointCost">Checkpoint write time δ. Range: δ ≥ 0.</param>
    /// <param name="restartCost">Restart time R. Range: R ≥ 0.</param>
    /// <param name="mtbf">Mean time between failures M. Range: M &gt; 0.</param>
    /// <param name="replications">Independent jobs. Range: ≥ 2.</param>
    /// <param name="seed">Random seed.</param>
    public static CheckpointRun Run(double solveTime, double interval, double checkpointCost, double restartCost, double mtbf, int replications, int seed)
    {
        var expected = CheckpointInterval.ExpectedWallTime(solveTime, interval, checkpointCost, restartCost, mtbf);
        if (replications < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(replications), replications, "Must be >= 2 to estimate a standard error.");
        }

        var random = new Xoshiro256StarStar(seed);
        var wall = new double[replications];
        var failures = new double[replications];
        for (var r = 0; r < replications; r++)
        {
            (wall[r], failures[r]) = OneJob(solveTime, interval, checkpointCost, restartCost, mtbf, random);
        }

        var (mean, stdDev) = wall.MeanStandardDeviation();
        return new CheckpointRun(solveTime, interval, checkpointCost, restartCost, mtbf, mean, stdDev / Math.Sqrt(replications),
            failures.Mean(), expected, replications, seed);
    }

    private static (double Wall, int Failures) OneJob(double solveTime, double interval, double delta, double restart, double mtbf, Random random)
    {
        var rate = 1 / mtbf;
        var wall = 0.0;
        var failures = 0;
        for (var done = 0.0; done < solveTime;)
        {
            var work = Math.Min(interval, solveTime - done);
            wall += Attempt(work + delta, restart, rate, random, ref failures);
            done += work;
        }

        return (wall, failures);
    }

    /// <summary>Time to get through a segment of <paramref name="length"/> without failure, restarting as often as needed.</summary>
    private static double Attempt(double length, double restart, double rate, Random random, ref int failures)
    {
        var elapsed = 0.0;
        while (true)
        {
            var failureAt = Exponential.Sample(random, rate);
            if (failureAt >= length)
            {
                return elapsed + length;
            }

            failures++;
            elapsed += failureAt;
            // the restart itself may be interrupted by another failure
            while (true)
            {
                var next = Exponential.Sample(random, rate);
                if (next >= restart)
                {
                    elapsed += restart;
                    break;
                }

                failures++;
                elapsed += next;
            }
        }
    }
}
