namespace VirtLab.Exercises;

/// <summary>A choice among named options; see <see cref="Exercise.Choice"/>.</summary>
internal sealed class ChoiceExercise : Exercise
{
    private readonly IReadOnlyList<string> _options;
    private readonly string _expected;
    private readonly string _wrong;

    public ChoiceExercise(string id, string title, IReadOnlyList<string> options, string expected, IReadOnlyList<string> hints,
        string explanation, string source, string wrong)
        : base(id, title, hints, explanation, source, null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count < 2)
        {
            throw new ArgumentException("A choice needs at least two options.", nameof(options));
        }

        if (!options.Contains(expected, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The expected choice '{expected}' is not one of the options.", nameof(expected));
        }

        if (!options.Contains(wrong, StringComparer.OrdinalIgnoreCase) || string.Equals(wrong, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The wrong example '{wrong}' must be another one of the options.", nameof(wrong));
        }

        _options = options;
        _expected = expected;
        _wrong = wrong;
    }

    public override string AnswerType => "string";

    internal override object WrongExample => _wrong;

    internal override object Expected(object? given) => _expected;

    internal override string? Diagnose(object answer, object? given)
    {
        var text = (answer as string)?.Trim();
        var options = string.Join(", ", _options.Select(o => "\"" + o + "\""));
        if (text is null || !_options.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return $"answer with one of {options}";
        }

        return string.Equals(text, _expected, StringComparison.OrdinalIgnoreCase) ? null : $"\"{text}\" is not the right choice";
    }
}
