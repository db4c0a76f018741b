using VirtLab.Exercises;

namespace VirtLab.Tests.Exercises;

/// <summary>Check.Exercise and Check.Hint on one catalogue entry (03.4: the nice-0 task's CPU fraction, 1024/1844).</summary>
[Collection(ExerciseSessionCollection.Name)]
public sealed class CheckExerciseTests
{
    public CheckExerciseTests() => HintProgress.Reset();

    [Fact]
    public void Hints_get_stronger_with_each_wrong_try_or_request_then_the_last_repeats()
    {
        var hints = ExerciseCatalog.Exercise("03.4").Hints;
        Assert.Equal(2, hints.Count);
        Assert.Contains("Hint 1 of 2; run Check.Hint(\"03.4\") for a stronger one: " + hints[0], Check.Hint("03.4"), StringComparison.Ordinal);
        var wrong = Assert.Throws<CheckFailedException>(() => Check.Exercise("03.4", 0.5)).Message;
        Assert.Contains("Hint 2 of 2 (the last one): " + hints[1], wrong, StringComparison.Ordinal);
        Assert.Contains("Hint 2 of 2 (the last one): " + hints[1], Check.Hint("03.4"), StringComparison.Ordinal);
    }

    [Fact]
    public void Says_what_is_wrong()
    {
        Assert.Contains("your number is too low", Assert.Throws<CheckFailedException>(() => Check.Exercise("03.4", 0.5)).Message, StringComparison.Ordinal);
        Assert.Contains("your number is too high", Assert.Throws<CheckFailedException>(() => Check.Exercise("03.4", 0.6)).Message, StringComparison.Ordinal);
        Assert.Contains("not a percentage", Assert.Throws<CheckFailedException>(() => Check.Exercise("03.4", 55.5)).Message, StringComparison.Ordinal);
        Assert.Contains("should be a number (double), not the text \"0.55\"", Assert.Throws<CheckFailedException>(() => Check.Exercise("03.4", "0.55")).Message, StringComparison.Ordinal);
        Assert.Contains("not a finite number", Assert.Throws<CheckFailedException>(() => Check.Exercise("03.4", double.NaN)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_any_numeric_type_within_the_tolerance()
    {
        Assert.Contains("correct", Check.Exercise("03.4", 1024.0 / 1844), StringComparison.Ordinal);
        Assert.Contains("correct", Check.Exercise("03.4", 0.5555f), StringComparison.Ordinal);
        Assert.Contains("correct", Check.Exercise("03.3", 10), StringComparison.Ordinal);
        Assert.Contains("correct", Check.Exercise("03.3", 10.0), StringComparison.Ordinal);
        Assert.Throws<CheckFailedException>(() => Check.Exercise("03.3", 10.5));
    }

    [Fact]
    public void A_list_answer_names_the_values_that_are_off_and_checks_the_length()
    {
        var off = Assert.Throws<CheckFailedException>(() => Check.Exercise("03.1", new double[] { 1, 3, 5, 3 })).Message;
        Assert.Contains("client 3 is too high; client 4 is too low", off, StringComparison.Ordinal);
        var length = Assert.Throws<CheckFailedException>(() => Check.Exercise("03.1", new[] { 1, 3, 4 })).Message;
        Assert.Contains("you gave 3 value(s); the question asks for 4", length, StringComparison.Ordinal);
        Assert.Contains("correct", Check.Exercise("03.1", new List<int> { 1, 3, 4, 4 }), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_names_the_catalogue()
    {
        var error = Assert.Throws<ArgumentException>(() => Check.Exercise("99.9", 1.0));
        Assert.Equal("id", error.ParamName);
        Assert.Contains("src/VirtLab/Exercises/Lessons", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Check.Hint("99.9"));
    }

    [Fact]
    public void An_exercise_on_measured_data_computes_the_expected_value_from_what_the_notebook_passes()
    {
        double[] latencies = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
        Assert.Contains("correct", Check.Exercise("01.3", 90.0, latencies), StringComparison.Ordinal);
        Assert.Contains("too high", Assert.Throws<CheckFailedException>(() => Check.Exercise("01.3", 100.0, latencies)).Message, StringComparison.Ordinal);
        Assert.Contains("not answered yet", Check.Exercise("01.3", null, latencies), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_extra_or_mistyped_data_is_a_usage_error_naming_the_call()
    {
        var missing = Assert.Throws<ArgumentException>(() => Check.Exercise("01.3", 90.0));
        Assert.Equal("given", missing.ParamName);
        Assert.Contains("Check.Exercise(\"01.3\", answer, given)", missing.Message, StringComparison.Ordinal);
        Assert.Equal("given", Assert.Throws<ArgumentException>(() => Check.Exercise("01.3", 90.0, "latencies")).ParamName);
        Assert.Equal("given", Assert.Throws<ArgumentException>(() => Check.Exercise("03.4", 0.555, new double[] { 1 })).ParamName);
    }

    [Fact]
    public void A_text_answer_diagnoses_spaces_and_case()
    {
        var web = new VirtLab.Containers.Lab.LabContainer("abcdef0123456789", "web", new Dictionary<int, int>());
        Assert.Contains("correct", Check.Exercise("02.1", "abcdef012345", web), StringComparison.Ordinal);
        Assert.Contains("Trim() it", Assert.Throws<CheckFailedException>(() => Check.Exercise("02.1", "abcdef012345\n", web)).Message, StringComparison.Ordinal);
        Assert.Contains("case differs", Assert.Throws<CheckFailedException>(() => Check.Exercise("02.1", "ABCDEF012345", web)).Message, StringComparison.Ordinal);
    }
}
