using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.RootFinding;

namespace VirtLab.Reliability.Detection;

/// <summary>The suspicion level φ of the φ-accrual failure detector, and its inverse.</summary>
/// <remarks>
/// φ(Δt) = −log₁₀ P_later(Δt), where P_later is the probability, under the distribution fitted to past
/// inter-arrival times, that the next heartbeat comes later than Δt after the last one. φ = 1, 2, 3 mean a
/// 10 %, 1 %, 0.1 % chance that suspecting now is a mistake.
/// Source: N. Hayashibara, X. Défago, R. Yared, T. Katayama, "The φ Accrual Failure Detector", SRDS 2004,
/// doi:10.1109/RELDIS.2004.1353004. Normal model with the logistic CDF approximation
/// 1/(1 + e^{−y(1.5976 + 0.070566y²)}), y = (Δt − μ)/σ, and its two-tail evaluation: Akka
/// <c>akka-remote/src/main/scala/akka/remote/PhiAccrualFailureDetector.scala</c>; tested against Akka's own
/// <c>AccrualFailureDetectorSpec</c> table (μ = 1000, σ = 100: φ(1000) = 0.3, φ(1200) = 1.6, φ(1400) = 4.7,
/// φ(1600) = 10.8, φ(1700) = 15.3). Exact normal tail from MathNet.Numerics <see cref="Normal"/>; the two models
/// part ways in the tail (10.78 vs 9.01 at +6σ). Exponential model: Apache Cassandra
/// <c>gms/FailureDetector.java</c> (φ = Δt/mean × 1/ln 10; φ = 8 at Δt ≈ 18.42 × mean).
/// </remarks>
public static class PhiAccrual
{
    /// <summary>φ for a normal model (μ, σ) after <paramref name="elapsed"/> since the last heartbeat.</summary>
    /// <param name="elapsed">Time since the last heartbeat Δt. Range: Δt ≥ 0 (finite).</param>
    /// <param name="mean">Mean inter-arrival time μ (Akka adds the acceptable pause to it). Range: finite.</param>
    /// <param name="stdDeviation">Standard deviation σ. Range: σ &gt; 0.</param>
    /// <param name="model"><see cref="PhiModel.NormalLogistic"/> (Akka) or <see cref="PhiModel.Normal"/> (exact).</param>
    public static double Phi(double elapsed, double mean, double stdDeviation, PhiModel model = PhiModel.NormalLogistic)
    {
        Guard.NonNegative(elapsed, nameof(elapsed));
        Guard.Finite(mean, nameof(mean));
        Guard.Positive(stdDeviation, nameof(stdDeviation));
        var y = (elapsed - mean) / stdDeviation;
        switch (model)
        {
            case PhiModel.NormalLogistic:
                // Akka's form: evaluate the tail that does not cancel
                var e = Math.Exp(-y * (1.5976 + 0.070566 * y * y));
                return elapsed > mean ? -Math.Log10(e / (1 + e)) : -Math.Log10(1 - 1 / (1 + e));
            case PhiModel.Normal:
                // upper tail P(Y > y) = Φ(−y), accurate far into the tail
                return -Math.Log10(MathNet.Numerics.Distributions.Normal.CDF(0, 1, -y));
            default:
                throw new ArgumentOutOfRangeException(nameof(model), model, "Use PhiExponential for the exponential model; Phi takes NormalLogistic or Normal.");
        }
    }

    /// <summary>φ for the exponential model (Cassandra): φ = Δt/(mean · ln 10).</summary>
    /// <param name="elapsed">Time since the last heartbeat Δt. Range: Δt ≥ 0.</param>
    /// <param name="mean">Mean inter-arrival time. Range: &gt; 0.</param>
    public static double PhiExponential(double elapsed, double mean)
    {
        Guard.NonNegative(elapsed, nameof(elapsed));
        Guard.Positive(mean, nameof(mean));
        return elapsed / (mean * Constants.Ln10);
    }

    /// <summary>The elapsed time Δt at which φ reaches <paramref name="phi"/> (the inverse of <see cref="Phi"/>).</summary>
    /// <param name="phi">Suspicion level. Range: φ &gt; 0.</param>
    /// <param name="mean">Mean μ of the model (for the exponential model, the mean inter-arrival time). Range: finite (&gt; 0 for exponential).</param>
    /// <param name="stdDeviation">σ of a normal model (ignored for the exponential model). Range: σ &gt; 0.</param>
    /// <param name="model">The model.</param>
    /// <remarks>Normal: Δt = μ + σ·y with y = −Φ⁻¹(10^−φ) (MathNet <see cref="Normal.InvCDF"/>). Logistic: y solves
    /// y(1.5976 + 0.070566y²) = ln((1 − p)/p), p = 10^−φ, by Brent's method (MathNet <see cref="Brent"/>). Exponential: Δt = φ · mean · ln 10.
    /// The result may be negative when φ is small and μ is small; a detector then suspects at once.</remarks>
    public static double ElapsedAt(double phi, double mean, double stdDeviation, PhiModel model = PhiModel.NormalLogistic)
    {
        Guard.Positive(phi, nameof(phi));
        Guard.Finite(mean, nameof(mean));
        if (model == PhiModel.Exponential)
        {
            Guard.Positive(mean, nameof(mean));
            return phi * mean * Constants.Ln10;
        }

        Guard.Positive(stdDeviation, nameof(stdDeviation));
        var p = Math.Pow(10, -phi);
        double y;
        if (model == PhiModel.Normal)
        {
            y = -MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p);
        }
        else if (model == PhiModel.NormalLogistic)
        {
            var g = Math.Log((1 - p) / p);
            y = Brent.FindRoot(v => v * (1.5976 + 0.070566 * v * v) - g, -60, 60, 1e-12, 200);
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown model.");
        }

        return mean + stdDeviation * y;
    }
}
