using System.Globalization;

namespace VirtLab.Exercises;

/// <summary>A number answer compared with an absolute tolerance; see <see cref="Exercise.Number"/>.</summary>
internal sealed class NumberExercise : Exercise
{
    private readonly Func<object?, double> _expected;
    private readonly double _tolerance;
    private readonly double _wrong;
    private readonly Func<double, string?>? _diagnose;

    public NumberExercise(string id, string title, Func<object?, double> expected, double tolerance, IReadOnlyList<string> hints,
        string explanation, string source, double wrong, Func<double, string?>? diagnose, Given? given)
        : base(id, title, hints, explanation, source, given)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (!(tolerance >= 0) || double.IsPositiveInfinity(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "Tolerance must be a finite number >= 0.");
        }

        _expected = expected;
        _tolerance = tolerance;
        _wrong = wrong;
        _diagnose = diagnose;
    }

    public override string AnswerType => "double?";

    internal override object WrongExample => _wrong;

    internal override object Expected(object? given) => _expected(given);

    internal override string? Diagnose(object answer, object? given)
    {
        if (!AnswerValues.TryNumber(answer, out var value))
        {
            return $"the answer should be a number (double), not {AnswerValues.Describe(answer)}";
        }

        if (!double.IsFinite(value))
        {
            return $"{value.ToString(CultureInfo.InvariantCulture)} is not a finite number";
        }

        var expected = _expected(given);
        if (Math.Abs(value - expected) <= _tolerance)
        {
            return null;
        }

        return _diagnose?.Invoke(value) ?? (value > expected ? "your number is too high" : "your number is too low");
    }
}
