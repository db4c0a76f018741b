using VirtLab.Exercises;

namespace VirtLab.Tests.Exercises;

/// <summary>Prediction.Compare on catalogue topics 03.p1 (exact count) and 03.p2 (within 10 %).</summary>
public sealed class PredictionTests
{
    [Fact]
    public void An_unset_prediction_is_skipped_and_the_result_explained()
    {
        var text = Prediction.Compare("03.p2", null, 0.66);
        Assert.Contains("skipped", text, StringComparison.Ordinal);
        Assert.Contains("The run gave 0.66.", text, StringComparison.Ordinal);
        Assert.Contains(ExerciseCatalog.Prediction("03.p2").Why, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_within_the_relative_tolerance()
    {
        Assert.Contains("you predicted 0.7, the run gave 0.66: close (within 10 %)", Prediction.Compare("03.p2", 0.7, 0.66), StringComparison.Ordinal);
        Assert.Contains("exactly right", Prediction.Compare("03.p1", 3, 3), StringComparison.Ordinal);
    }

    [Fact]
    public void Far_says_the_direction_and_what_such_a_guess_misses()
    {
        var topic = ExerciseCatalog.Prediction("03.p2");
        var high = Prediction.Compare("03.p2", 1, 0.5);
        Assert.Contains("far: your prediction is higher by 100 %. " + topic.IfTooHigh, high, StringComparison.Ordinal);
        var low = Prediction.Compare("03.p2", 0.25, 0.5);
        Assert.Contains("far: your prediction is lower by 50 %. " + topic.IfTooLow, low, StringComparison.Ordinal);
        Assert.Contains("far", Prediction.Compare("03.p1", 4, 3), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_measurement_that_is_not_a_number_and_an_unknown_id()
    {
        Assert.Equal("measured", Assert.Throws<ArgumentOutOfRangeException>(() => Prediction.Compare("03.p2", 1, double.NaN)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Prediction.Compare("03.p9", 1, 1)).ParamName);
        Assert.Contains("cannot be compared", Prediction.Compare("03.p2", double.PositiveInfinity, 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Topic_rejects_bad_tolerances()
    {
        Assert.Equal("relativeTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionTopic("x.p1", "q", -0.1, "why")).ParamName);
        Assert.Equal("absoluteTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionTopic("x.p1", "q", 0.1, "why", absoluteTolerance: double.NaN)).ParamName);
    }
}
