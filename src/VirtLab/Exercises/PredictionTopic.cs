namespace VirtLab.Exercises;

/// <summary>
/// A "predict, then run" step in the catalogue: what the learner predicts, how close counts as close, and why the
/// measurement comes out as it does. The notebook records the prediction in <c>double? myPrediction = null;</c>
/// and the measurement cell calls <see cref="Prediction.Compare"/>.
/// </summary>
public sealed class PredictionTopic
{
    /// <summary>Creates a prediction topic.</summary>
    /// <param name="id">Id, <c>"LL.pN"</c> (lesson, p, number).</param>
    /// <param name="quantity">What is predicted, with its unit ("CPU share of container A, in cores").</param>
    /// <param name="relativeTolerance">A prediction within this fraction of the measured value is close. Range: 0 ≤ r &lt; ∞.</param>
    /// <param name="why">Why the measurement is what it is (shown after every comparison).</param>
    /// <param name="ifTooHigh">Optional: what a prediction far above the measurement usually misses.</param>
    /// <param name="ifTooLow">Optional: what a prediction far below the measurement usually misses.</param>
    /// <param name="absoluteTolerance">A prediction within this absolute difference is also close (for values near 0). Range: ≥ 0.</param>
    public PredictionTopic(string id, string quantity, double relativeTolerance, string why, string? ifTooHigh = null, string? ifTooLow = null, double absoluteTolerance = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(quantity);
        ArgumentException.ThrowIfNullOrWhiteSpace(why);
        if (!(relativeTolerance >= 0) || double.IsPositiveInfinity(relativeTolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "Relative tolerance must be a finite number >= 0.");
        }

        if (!(absoluteTolerance >= 0) || double.IsPositiveInfinity(absoluteTolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(absoluteTolerance), absoluteTolerance, "Absolute tolerance must be a finite number >= 0.");
        }

        Id = id;
        Quantity = quantity;
        RelativeTolerance = relativeTolerance;
        AbsoluteTolerance = absoluteTolerance;
        Why = why;
        IfTooHigh = ifTooHigh;
        IfTooLow = ifTooLow;
    }

    /// <summary>The id used in the notebook.</summary>
    public string Id { get; }

    /// <summary>What is predicted, with its unit.</summary>
    public string Quantity { get; }

    /// <summary>Fraction of the measured value within which a prediction is close.</summary>
    public double RelativeTolerance { get; }

    /// <summary>Absolute difference within which a prediction is close.</summary>
    public double AbsoluteTolerance { get; }

    /// <summary>Why the measurement is what it is.</summary>
    public string Why { get; }

    /// <summary>What a too-high prediction usually misses.</summary>
    public string? IfTooHigh { get; }

    /// <summary>What a too-low prediction usually misses.</summary>
    public string? IfTooLow { get; }
}
