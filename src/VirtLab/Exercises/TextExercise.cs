namespace VirtLab.Exercises;

/// <summary>A text answer compared exactly (ordinal); see <see cref="Exercise.Text"/>.</summary>
internal sealed class TextExercise : Exercise
{
    private readonly Func<object?, string> _expected;
    private readonly string _wrong;

    public TextExercise(string id, string title, Func<object?, string> expected, IReadOnlyList<string> hints, string explanation, string source, string wrong, Given? given)
        : base(id, title, hints, explanation, source, given)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(wrong);
        _expected = expected;
        _wrong = wrong;
    }

    public override string AnswerType => "string";

    internal override object WrongExample => _wrong;

    internal override object Expected(object? given) => _expected(given);

    internal override string? Diagnose(object answer, object? given)
    {
        if (answer is not string text)
        {
            return $"the answer should be text (string), not {AnswerValues.Describe(answer)}";
        }

        var expected = _expected(given);
        if (string.Equals(text, expected, StringComparison.Ordinal))
        {
            return null;
        }

        if (string.Equals(text.Trim(), expected, StringComparison.Ordinal))
        {
            return "the text is right but has spaces or a newline around it: Trim() it";
        }

        if (string.Equals(text.Trim(), expected, StringComparison.OrdinalIgnoreCase))
        {
            return "the letters are right but their case differs";
        }

        return text.Trim().Length == expected.Length
            ? "the text has the right length but different characters"
            : $"the text has {text.Trim().Length} characters, the expected one {expected.Length}";
    }
}
