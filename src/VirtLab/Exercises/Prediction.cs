using System.Globalization;

namespace VirtLab.Exercises;

/// <summary>
/// Compares a recorded prediction with a measurement ("predict, then run, then compare"). Never throws for a far
/// prediction: predictions teach, they are not graded.
/// </summary>
public static class Prediction
{
    /// <summary>Says whether <paramref name="prediction"/> was close to <paramref name="measured"/>, and why the measurement is what it is.</summary>
    /// <param name="id">The prediction id in the catalogue (<c>"03.p1"</c>).</param>
    /// <param name="prediction">The learner's prediction; null (not written) is skipped politely.</param>
    /// <param name="measured">The measured or simulated value. Range: finite.</param>
    /// <returns>The comparison text.</returns>
    /// <exception cref="ArgumentException">No prediction has this id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measured"/> is not finite.</exception>
    public static string Compare(string id, double? prediction, double measured)
    {
        var topic = ExerciseCatalog.Prediction(id);
        if (!double.IsFinite(measured))
        {
            throw new ArgumentOutOfRangeException(nameof(measured), measured, "The measured value must be a finite number.");
        }

        var m = Format(measured);
        if (prediction is null)
        {
            return $"Prediction {topic.Id} ({topic.Quantity}): skipped, you did not write one (myPrediction is null). "
                + $"The run gave {m}. {topic.Why}";
        }

        var p = prediction.Value;
        if (!double.IsFinite(p))
        {
            return $"Prediction {topic.Id} ({topic.Quantity}): {Format(p)} cannot be compared; write a finite number. The run gave {m}. {topic.Why}";
        }

        var difference = p - measured;
        var allowed = Math.Max(topic.AbsoluteTolerance, topic.RelativeTolerance * Math.Abs(measured));
        var start = $"Prediction {topic.Id} ({topic.Quantity}): you predicted {Format(p)}, the run gave {m}: ";
        if (Math.Abs(difference) <= allowed)
        {
            var within = new List<string>();
            if (topic.RelativeTolerance > 0)
            {
                within.Add(Format(topic.RelativeTolerance * 100) + " %");
            }

            if (topic.AbsoluteTolerance > 0)
            {
                within.Add(Format(topic.AbsoluteTolerance));
            }

            var close = within.Count == 0 ? "exactly right" : $"close (within {string.Join(" or ", within)})";
            return start + $"{close}. {topic.Why}";
        }

        var relative = measured == 0 ? string.Empty : $" by {Format(Math.Abs(difference) / Math.Abs(measured) * 100)} %";
        var miss = difference > 0 ? topic.IfTooHigh : topic.IfTooLow;
        return start + $"far: your prediction is {(difference > 0 ? "higher" : "lower")}{relative}. "
            + (string.IsNullOrWhiteSpace(miss) ? string.Empty : miss + " ") + topic.Why;
    }

    // Three significant digits, without scientific notation for everyday magnitudes (1846, not 1.85E+03).
    private static string Format(double value) =>
        Math.Abs(value) >= 1000 && Math.Abs(value) < 1e9
            ? Math.Round(value).ToString("0", CultureInfo.InvariantCulture)
            : value.ToString("G3", CultureInfo.InvariantCulture);
}
