using System.Globalization;

namespace VirtLab.Exercises;

/// <summary>A list of numbers compared value by value; see <see cref="Exercise.Numbers"/>.</summary>
internal sealed class NumbersExercise : Exercise
{
    private readonly Func<object?, double[]> _expected;
    private readonly double _tolerance;
    private readonly double[] _wrong;
    private readonly IReadOnlyList<string>? _labels;

    public NumbersExercise(string id, string title, Func<object?, double[]> expected, double tolerance, IReadOnlyList<string> hints,
        string explanation, string source, double[] wrong, IReadOnlyList<string>? labels, Given? given)
        : base(id, title, hints, explanation, source, given)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(wrong);
        if (!(tolerance >= 0) || double.IsPositiveInfinity(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "Tolerance must be a finite number >= 0.");
        }

        _expected = expected;
        _tolerance = tolerance;
        _wrong = wrong;
        _labels = labels;
    }

    public override string AnswerType => "double[]";

    internal override object WrongExample => _wrong;

    internal override object Expected(object? given) => _expected(given);

    internal override string? Diagnose(object answer, object? given)
    {
        if (!AnswerValues.TryNumbers(answer, out var values))
        {
            return $"the answer should be a list of numbers (double[]), not {AnswerValues.Describe(answer)}";
        }

        var expected = _expected(given);
        if (values.Length != expected.Length)
        {
            return $"you gave {values.Length} value(s); the question asks for {expected.Length}";
        }

        var off = new List<string>();
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]) || Math.Abs(values[i] - expected[i]) > _tolerance)
            {
                var name = _labels is not null && i < _labels.Count ? _labels[i] : "value " + (i + 1).ToString(CultureInfo.InvariantCulture);
                off.Add(!double.IsFinite(values[i]) ? $"{name} is not a finite number" : $"{name} is too {(values[i] > expected[i] ? "high" : "low")}");
            }
        }

        return off.Count == 0 ? null : string.Join("; ", off);
    }
}
