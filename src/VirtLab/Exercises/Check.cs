using System.Globalization;

namespace VirtLab.Exercises;

/// <summary>
/// Assertions for exercise check cells: each passes quietly with a one-line confirmation, or throws
/// <see cref="CheckFailedException"/> with what was expected and a hint. The grader runs the same checks.
/// </summary>
public static partial class Check
{
    /// <summary>Checks that a number is within <paramref name="tolerance"/> of the expected value.</summary>
    /// <param name="actual">The learner's answer.</param>
    /// <param name="expected">The reference answer.</param>
    /// <param name="tolerance">Largest accepted absolute difference. Range: tolerance ≥ 0.</param>
    /// <param name="hint">What to reconsider when the answer is wrong.</param>
    /// <param name="name">The exercise name shown in the message.</param>
    /// <returns>A confirmation line.</returns>
    public static string Close(double actual, double expected, double tolerance = 1e-6, string? hint = null, string name = "Answer")
    {
        if (!(tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "Tolerance must be a number >= 0.");
        }

        if (double.IsNaN(actual) || Math.Abs(actual - expected) > tolerance)
        {
            Fail(name, $"got {Format(actual)}, expected {Format(expected)} (within {Format(tolerance)})", hint);
        }

        return Passed(name);
    }

    /// <summary>Checks that every number of a sequence is within <paramref name="tolerance"/> of the expected one.</summary>
    public static string AllClose(IEnumerable<double> actual, IEnumerable<double> expected, double tolerance = 1e-6, string? hint = null, string name = "Answer")
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        var a = actual.ToArray();
        var e = expected.ToArray();
        if (a.Length != e.Length)
        {
            Fail(name, $"got {a.Length} values, expected {e.Length}", hint);
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (double.IsNaN(a[i]) || Math.Abs(a[i] - e[i]) > tolerance)
            {
                Fail(name, $"value {i} is {Format(a[i])}, expected {Format(e[i])} (within {Format(tolerance)})", hint);
            }
        }

        return Passed(name);
    }

    /// <summary>Checks that a value equals the expected one.</summary>
    public static string Equal<T>(T actual, T expected, string? hint = null, string name = "Answer")
    {
        if (!EqualityComparer<T>.Default.Equals(actual, expected))
        {
            Fail(name, $"got {actual}, expected {expected}", hint);
        }

        return Passed(name);
    }

    /// <summary>Checks that a condition holds.</summary>
    public static string That(bool condition, string what, string? hint = null, string name = "Answer")
    {
        if (!condition)
        {
            Fail(name, what, hint);
        }

        return Passed(name);
    }

    private static string Passed(string name) => $"PASS {name}: correct.";

    private static void Fail(string name, string what, string? hint)
    {
        var message = $"{name} is not right yet: {what}.";
        if (!string.IsNullOrWhiteSpace(hint))
        {
            message += " Hint: " + hint;
        }

        throw new CheckFailedException(message);
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
