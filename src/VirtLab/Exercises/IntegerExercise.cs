namespace VirtLab.Exercises;

/// <summary>A whole-number answer compared exactly; see <see cref="Exercise.Integer"/>.</summary>
internal sealed class IntegerExercise : Exercise
{
    private readonly Func<object?, long> _expected;
    private readonly long _wrong;

    public IntegerExercise(string id, string title, Func<object?, long> expected, IReadOnlyList<string> hints, string explanation, string source, long wrong, Given? given)
        : base(id, title, hints, explanation, source, given)
    {
        ArgumentNullException.ThrowIfNull(expected);
        _expected = expected;
        _wrong = wrong;
    }

    public override string AnswerType => "int?";

    internal override object WrongExample => _wrong;

    internal override object Expected(object? given) => _expected(given);

    internal override string? Diagnose(object answer, object? given)
    {
        if (!AnswerValues.TryNumber(answer, out var value) || value != Math.Round(value) || !double.IsFinite(value))
        {
            return $"the answer should be a whole number (int), not {AnswerValues.Describe(answer)}";
        }

        var expected = _expected(given);
        if (value == expected)
        {
            return null;
        }

        return value > expected ? "your count is too high" : "your count is too low";
    }
}
