namespace VirtLab.Reliability.Recovery;

/// <summary>Optimal checkpoint interval for checkpoint/restart (Young 1974, Daly 2006) and the cost model behind it.</summary>
/// <remarks>
/// Notation: δ = time to write one checkpoint, M = mean time between failures (MTBF/MTTI), R = restart time,
/// τ = compute time between checkpoints, T_s = failure-free solve time. All in one time unit.
/// Sources: J. W. Young, "A first order approximation to the optimum checkpoint interval", <i>Communications of
/// the ACM</i> 17(9):530–531, 1974; J. T. Daly, "A higher order estimate of the optimum checkpoint interval for
/// restart dumps", <i>Future Generation Computer Systems</i> 22(3):303–312, 2006 (eq. 37); both as implemented in
/// LLNL SCR <c>scripts/common/scr_ckpt_interval.py</c>.
/// </remarks>
public static class CheckpointInterval
{
    /// <summary>Young's first-order optimum τ = √(2δM).</summary>
    /// <param name="checkpointCost">Checkpoint write time δ. Range: δ &gt; 0.</param>
    /// <param name="mtbf">Mean time between failures M. Range: M &gt; 0.</param>
    /// <remarks>Young, CACM 17(9), 1974. Tested: δ = 5 min, M = 24 h → 120 min; δ = 60 s, M = 86400 s → 3219.937888 s
    /// (formulas.md 10b, derived from the formula).</remarks>
    public static double Young(double checkpointCost, double mtbf)
    {
        Validate(checkpointCost, mtbf);
        return Math.Sqrt(2 * checkpointCost * mtbf);
    }

    /// <summary>Daly's higher-order optimum τ = √(2δM)[1 + ⅓√(δ/2M) + ⅑(δ/2M)] − δ for δ &lt; 2M, else τ = M.</summary>
    /// <param name="checkpointCost">Checkpoint write time δ. Range: δ &gt; 0.</param>
    /// <param name="mtbf">Mean time between failures M. Range: M &gt; 0.</param>
    /// <remarks>Daly, FGCS 22(3), 2006, eq. 37 (as in LLNL SCR). Tested: δ = 5 min, M = 24 h → 116.689815 min;
    /// δ = 600 s, M = 86400 s → 9786.266020 s (formulas.md 10b, derived from the formula).</remarks>
    public static double Daly(double checkpointCost, double mtbf)
    {
        Validate(checkpointCost, mtbf);
        if (checkpointCost >= 2 * mtbf)
        {
            return mtbf;
        }

        var x = checkpointCost / (2 * mtbf);
        return Math.Sqrt(2 * checkpointCost * mtbf) * (1 + Math.Sqrt(x) / 3 + x / 9) - checkpointCost;
    }

    /// <summary>Checkpoint overhead δ/τ (a fraction; SCR prints it ×100 %).</summary>
    /// <param name="checkpointCost">Checkpoint write time δ. Range: δ &gt; 0.</param>
    /// <param name="interval">Compute time between checkpoints τ. Range: τ &gt; 0.</param>
    public static double Overhead(double checkpointCost, double interval)
    {
        Guard.Positive(checkpointCost, nameof(checkpointCost));
        Guard.Positive(interval, nameof(interval));
        return checkpointCost / interval;
    }

    /// <summary>Expected wall-clock time T_w = M e^{R/M} (e^{(τ+δ)/M} − 1) T_s/τ of a job that checkpoints every τ.</summary>
    /// <param name="solveTime">Failure-free compute time T_s. Range: T_s &gt; 0.</param>
    /// <param name="interval">Compute time between checkpoints τ. Range: τ &gt; 0.</param>
    /// <param name="checkpointCost">Checkpoint write time δ. Range: δ ≥ 0.</param>
    /// <param name="restartCost">Restart (reload) time R. Range: R ≥ 0.</param>
    /// <param name="mtbf">Mean time between failures M (exponential failures, also during checkpoints and restarts). Range: M &gt; 0.</param>
    /// <remarks>
    /// Daly 2006 (the "complete" model of expected wall-clock time for exponentially distributed failures, whose minimum eq. 37 approximates; each of the T_s/τ segments of
    /// τ + δ is retried after a failure, and a restart that fails is retried too). Its minimum over τ is the optimum that
    /// <see cref="Daly"/> approximates. Tested against <see cref="CheckpointSimulation"/> (derived, not a published vector).
    /// </remarks>
    public static double ExpectedWallTime(double solveTime, double interval, double checkpointCost, double restartCost, double mtbf)
    {
        Guard.Positive(solveTime, nameof(solveTime));
        Guard.Positive(interval, nameof(interval));
        Guard.NonNegative(checkpointCost, nameof(checkpointCost));
        Guard.NonNegative(restartCost, nameof(restartCost));
        Guard.Positive(mtbf, nameof(mtbf));
        return mtbf * Math.Exp(restartCost / mtbf) * double.ExpM1((interval + checkpointCost) / mtbf) * solveTime / interval;
    }

    private static void Validate(double checkpointCost, double mtbf)
    {
        Guard.Positive(checkpointCost, nameof(checkpointCost));
        Guard.Positive(mtbf, nameof(mtbf));
    }
}
