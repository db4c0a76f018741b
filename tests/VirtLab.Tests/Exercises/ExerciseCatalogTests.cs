using System.Globalization;
using System.Text.RegularExpressions;
using VirtLab.Exercises;

namespace VirtLab.Tests.Exercises;

/// <summary>
/// Every exercise in the catalogue, fed its three kinds of answer: null (not answered, no failure), its recorded
/// wrong answer (fails with a hint that does not give the answer away) and its expected value (correct).
/// </summary>
[Collection(ExerciseSessionCollection.Name)]
public sealed partial class ExerciseCatalogTests
{
    public static TheoryData<string> ExerciseIds()
    {
        var data = new TheoryData<string>();
        foreach (var exercise in ExerciseCatalog.Lessons.SelectMany(l => l.Exercises))
        {
            data.Add(exercise.Id);
        }

        return data;
    }

    [Fact]
    public void The_catalogue_has_lessons_with_well_formed_unique_ids()
    {
        Assert.NotEmpty(ExerciseCatalog.Lessons);
        foreach (var lesson in ExerciseCatalog.Lessons)
        {
            var number = lesson.Notebook.Split('-')[0];
            Assert.Matches("^[0-9]{2}[a-z]?-[a-z0-9-]+$", lesson.Notebook);
            foreach (var exercise in lesson.Exercises)
            {
                Assert.Matches("^" + Regex.Escape(number) + @"\.[0-9]+$", exercise.Id);
            }

            foreach (var prediction in lesson.Predictions)
            {
                Assert.Matches("^" + Regex.Escape(number) + @"\.p[0-9]+$", prediction.Id);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void An_unanswered_exercise_says_so_and_does_not_fail(string id)
    {
        HintProgress.Reset();
        var text = Check.Exercise(id, null, ExerciseCatalog.Exercise(id).GivenData?.Sample);
        Assert.Contains($"Exercise {id} ", text, StringComparison.Ordinal);
        Assert.Contains("not answered yet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("correct", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void The_expected_answer_is_correct_and_explained(string id)
    {
        var exercise = ExerciseCatalog.Exercise(id);
        var text = Check.Exercise(id, exercise.ExpectedValue, exercise.GivenData?.Sample);
        Assert.Contains($"Exercise {id} ({exercise.Title}): correct. {exercise.Explanation}", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void The_wrong_answer_fails_with_the_next_hint_and_not_the_answer(string id)
    {
        HintProgress.Reset();
        var exercise = ExerciseCatalog.Exercise(id);
        var first = Assert.Throws<CheckFailedException>(() => Check.Exercise(id, exercise.WrongExample, exercise.GivenData?.Sample)).Message;
        Assert.StartsWith($"Exercise {id} ({exercise.Title}) is not right yet: ", first, StringComparison.Ordinal);
        Assert.Contains($"Hint 1 of {exercise.Hints.Count}", first, StringComparison.Ordinal);
        Assert.Contains(exercise.Hints[0], first, StringComparison.Ordinal);
        AssertDoesNotGiveAway(exercise, first);

        var second = Assert.Throws<CheckFailedException>(() => Check.Exercise(id, exercise.WrongExample, exercise.GivenData?.Sample)).Message;
        var stronger = Math.Min(1, exercise.Hints.Count - 1);
        Assert.Contains($"Hint {stronger + 1} of {exercise.Hints.Count}", second, StringComparison.Ordinal);
        Assert.Contains(exercise.Hints[stronger], second, StringComparison.Ordinal);
        AssertDoesNotGiveAway(exercise, second);
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void No_hint_states_the_answer(string id)
    {
        var exercise = ExerciseCatalog.Exercise(id);
        foreach (var hint in exercise.Hints)
        {
            AssertDoesNotGiveAway(exercise, hint);
        }
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void The_wrong_example_is_really_wrong_and_the_explanation_is_not_a_hint(string id)
    {
        var exercise = ExerciseCatalog.Exercise(id);
        Assert.NotNull(exercise.Diagnose(exercise.WrongExample));
        Assert.Null(exercise.Diagnose(exercise.ExpectedValue));
        Assert.DoesNotContain(exercise.Explanation, exercise.Hints);
    }

    /// <summary>A number answer must not appear as a number in the text; a list must not appear whole.</summary>
    private static void AssertDoesNotGiveAway(Exercise exercise, string text)
    {
        text = HintCounter().Replace(text, string.Empty);   // "Hint 2 of 3" is the check's own counter, not a statement of the answer
        switch (exercise.ExpectedValue)
        {
            case double expected:
                foreach (Match token in NumberToken().Matches(text))
                {
                    var value = double.Parse(token.Value, CultureInfo.InvariantCulture);
                    Assert.False(Math.Abs(value - expected) <= Math.Max(1e-9, Math.Abs(expected) * 1e-3),
                        $"Exercise {exercise.Id}: the text states the answer ({token.Value}): {text}");
                }

                break;
            case double[] expected:
                var numbers = NumberToken().Matches(text).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
                for (var start = 0; start + expected.Length <= numbers.Count; start++)
                {
                    Assert.False(expected.Select((e, i) => Math.Abs(numbers[start + i] - e) <= 1e-6).All(x => x),
                        $"Exercise {exercise.Id}: the text lists the answer: {text}");
                }

                break;
            case string expected:
                Assert.DoesNotContain("\"" + expected + "\"", text, StringComparison.OrdinalIgnoreCase);
                break;
        }
    }

    [GeneratedRegex(@"Hint [0-9]+ of [0-9]+")]
    private static partial Regex HintCounter();

    [GeneratedRegex(@"(?<![\w.])-?[0-9]+(\.[0-9]+)?(?![\w])")]
    private static partial Regex NumberToken();
}
