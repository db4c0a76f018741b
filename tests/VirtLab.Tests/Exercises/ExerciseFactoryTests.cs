using VirtLab.Exercises;

namespace VirtLab.Tests.Exercises;

/// <summary>Catalogue entries refuse to be built wrong, naming the parameter.</summary>
public sealed class ExerciseFactoryTests
{
    private static readonly string[] OneHint = ["think"];

    [Fact]
    public void Rejects_missing_hints_and_bad_tolerance()
    {
        Assert.Equal("hints", Assert.Throws<ArgumentException>(() => Exercise.Number("x.1", "t", () => 1, 0, [], "e", "s", 2)).ParamName);
        Assert.Equal("hints", Assert.Throws<ArgumentException>(() => Exercise.Number("x.1", "t", () => 1, 0, [" "], "e", "s", 2)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.Number("x.1", "t", () => 1, -1, OneHint, "e", "s", 2)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.Numbers("x.1", "t", () => [1], double.NaN, OneHint, "e", "s", [2])).ParamName);
        Assert.Equal("explanation", Assert.Throws<ArgumentException>(() => Exercise.Integer("x.1", "t", () => 1, OneHint, "", "s", 2)).ParamName);
    }

    [Fact]
    public void A_choice_needs_its_answer_and_its_wrong_example_among_the_options()
    {
        Assert.Equal("expected", Assert.Throws<ArgumentException>(() => Exercise.Choice("x.1", "t", ["a", "b"], "c", OneHint, "e", "s", "a")).ParamName);
        Assert.Equal("wrong", Assert.Throws<ArgumentException>(() => Exercise.Choice("x.1", "t", ["a", "b"], "a", OneHint, "e", "s", "a")).ParamName);
        var choice = Exercise.Choice("x.1", "t", ["Type 1", "Type 2"], "Type 1", OneHint, "e", "s", "Type 2");
        Assert.Null(choice.Diagnose(" type 1 "));
        Assert.Equal("\"Type 2\" is not the right choice", choice.Diagnose("Type 2"));
        Assert.Equal("answer with one of \"Type 1\", \"Type 2\"", choice.Diagnose("type one"));
    }
}
