using System.Globalization;
using MathNet.Numerics.Statistics;

namespace VirtLab.Reliability.Detection;

/// <summary>
/// The φ-accrual failure detector: keeps a sliding window of heartbeat inter-arrival times, fits a
/// distribution to it, and suspects the process when φ = −log₁₀ P_later(now − last) exceeds a threshold.
/// </summary>
/// <remarks>
/// Source: Hayashibara et al., "The φ Accrual Failure Detector", SRDS 2004. The window and its bootstrap
/// follow Akka's <c>PhiAccrualFailureDetector</c> (akka-remote): the first heartbeat seeds the window with
/// two intervals, estimate ± estimate/4; an interval that ends while the process is suspected is not added
/// (a long pause would skew the statistics); σ is the population standard deviation of the window, floored at
/// <see cref="MinStdDeviation"/>; the normal models use μ = mean + <see cref="AcceptableHeartbeatPause"/>. The sliding window is
/// MathNet.Numerics' <see cref="MovingStatistics"/>.
/// Defaults are Akka Cluster's (<c>akka.cluster.failure-detector</c> in akka-cluster's reference.conf, times in ms):
/// threshold 8, max-sample-size 1000, min-std-deviation 100 ms, acceptable-heartbeat-pause 3 s,
/// heartbeat-interval 1 s (used as the first estimate).
/// </remarks>
public sealed class PhiAccrualDetector : IFailureDetector
{
    private MovingStatistics? _intervals;

    /// <summary>Creates the detector (defaults: Akka Cluster's, in milliseconds).</summary>
    /// <param name="threshold">Suspect when φ exceeds this. Range: &gt; 0.</param>
    /// <param name="maxSampleSize">Window size (inter-arrival times kept). Range: ≥ 2.</param>
    /// <param name="minStdDeviation">Floor for σ. Range: &gt; 0.</param>
    /// <param name="acceptableHeartbeatPause">Added to the mean of the normal models. Range: ≥ 0.</param>
    /// <param name="firstHeartbeatEstimate">Expected interval used to seed the window. Range: &gt; 0.</param>
    /// <param name="model">The fitted distribution.</param>
    public PhiAccrualDetector(
        double threshold = 8,
        int maxSampleSize = 1000,
        double minStdDeviation = 100,
        double acceptableHeartbeatPause = 3000,
        double firstHeartbeatEstimate = 1000,
        PhiModel model = PhiModel.NormalLogistic)
    {
        Guard.Positive(threshold, nameof(threshold));
        if (maxSampleSize < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSampleSize), maxSampleSize, "Must be >= 2.");
        }

        Guard.Positive(minStdDeviation, nameof(minStdDeviation));
        Guard.NonNegative(acceptableHeartbeatPause, nameof(acceptableHeartbeatPause));
        Guard.Positive(firstHeartbeatEstimate, nameof(firstHeartbeatEstimate));
        if (!Enum.IsDefined(model))
        {
            throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown model.");
        }

        Threshold = threshold;
        MaxSampleSize = maxSampleSize;
        MinStdDeviation = minStdDeviation;
        AcceptableHeartbeatPause = acceptableHeartbeatPause;
        FirstHeartbeatEstimate = firstHeartbeatEstimate;
        Model = model;
    }

    /// <summary>The φ threshold.</summary>
    public double Threshold { get; }

    /// <summary>Window size.</summary>
    public int MaxSampleSize { get; }

    /// <summary>Floor for σ.</summary>
    public double MinStdDeviation { get; }

    /// <summary>Pause tolerated on top of the mean (normal models).</summary>
    public double AcceptableHeartbeatPause { get; }

    /// <summary>Interval estimate that seeds the window.</summary>
    public double FirstHeartbeatEstimate { get; }

    /// <summary>The fitted distribution.</summary>
    public PhiModel Model { get; }

    /// <summary>Mean of the inter-arrival window (0 before the first heartbeat).</summary>
    public double MeanInterval => _intervals?.Mean ?? 0;

    /// <summary>σ used by the normal models: max(population std. dev. of the window, <see cref="MinStdDeviation"/>).</summary>
    public double StdDeviation => Math.Max(_intervals?.PopulationStandardDeviation ?? 0, MinStdDeviation);

    /// <summary>Number of inter-arrival times in the window.</summary>
    public int SampleCount => (int)(_intervals?.Count ?? 0);

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture, $"phi > {Threshold:G4}{(Model == PhiModel.NormalLogistic ? "" : " (" + Model + ")")}");

    /// <inheritdoc />
    public double? LastHeartbeat { get; private set; }

    /// <inheritdoc />
    public double SuspectAt
    {
        get
        {
            if (LastHeartbeat is not { } last)
            {
                return double.PositiveInfinity;
            }

            var elapsed = Model == PhiModel.Exponential
                ? PhiAccrual.ElapsedAt(Threshold, MeanInterval, 1, PhiModel.Exponential)
                : PhiAccrual.ElapsedAt(Threshold, MeanInterval + AcceptableHeartbeatPause, StdDeviation, Model);
            return last + Math.Max(0, elapsed);
        }
    }

    /// <inheritdoc />
    public void Heartbeat(double time)
    {
        HeartbeatTimes.Check(time, LastHeartbeat, nameof(time));
        if (LastHeartbeat is not { } last)
        {
            var spread = FirstHeartbeatEstimate / 4;
            _intervals = new MovingStatistics(MaxSampleSize, [FirstHeartbeatEstimate - spread, FirstHeartbeatEstimate + spread]);
        }
        else if (!IsSuspected(time))
        {
            _intervals!.Push(time - last);
        }

        LastHeartbeat = time;
    }

    /// <summary>φ at <paramref name="time"/> (0 before the first heartbeat).</summary>
    public double Phi(double time)
    {
        HeartbeatTimes.CheckQuery(time, LastHeartbeat, nameof(time));
        if (LastHeartbeat is not { } last)
        {
            return 0;
        }

        var elapsed = time - last;
        return Model == PhiModel.Exponential
            ? PhiAccrual.PhiExponential(elapsed, MeanInterval)
            : PhiAccrual.Phi(elapsed, MeanInterval + AcceptableHeartbeatPause, StdDeviation, Model);
    }

    /// <inheritdoc />
    public double Suspicion(double time) => Phi(time);

    /// <inheritdoc />
    public bool IsSuspected(double time) => Phi(time) > Threshold;

    /// <inheritdoc />
    public override string ToString() => LastHeartbeat is null
        ? Name
        : string.Create(CultureInfo.InvariantCulture, $"{Name}: mean {MeanInterval:G5}, sigma {StdDeviation:G5} over {SampleCount} intervals");
}
