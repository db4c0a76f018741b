using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// What graded test code calls instead of <c>VirtLab.Exercises.Check</c> (the grader rewrites the instructor's test
/// cells, see <see cref="TestRewriter"/>): it only records the values a check looks at, in order, and never decides
/// whether a test passed. Not for notebooks to call.
/// </summary>
/// <remarks>
/// In a student's worker each check becomes <see cref="Actual{T}"/> (its position and the actual value only: the
/// expected values are not in the code the student's process receives). In the trusted reference run against the
/// instructor's solution each check becomes <see cref="Reference"/> (every argument). The grader compares the two
/// recordings itself; anything the student's process sends can only claim values.
/// </remarks>
public static class CheckRecorder
{
    /// <summary>Most checks recorded per test (the rest are dropped and the test fails as incomplete).</summary>
    internal const int MaxRecords = 10_000;

    private static readonly object Gate = new();
    private static JsonArray _records = [];

    /// <summary>Passes a value through with the parameter type the instructor's check had (target typing of <c>[1, 2]</c>, conversions).</summary>
    /// <typeparam name="T">The check's parameter type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static T Arg<T>(T value) => value;

    /// <summary>Records the actual value of the check at <paramref name="site"/> (the student's run).</summary>
    /// <typeparam name="T">The check's parameter type.</typeparam>
    /// <param name="site">The check's position in the test cell (0, 1, …).</param>
    /// <param name="actual">The value the check looks at.</param>
    /// <returns>An empty string (a check's return value is only a confirmation line).</returns>
    public static string Actual<T>(int site, T actual)
    {
        Add(new JsonObject { ["site"] = site, ["actual"] = CheckValue.Encode(actual) });
        return string.Empty;
    }

    /// <summary>Records every argument of the check at <paramref name="site"/> (the trusted reference run).</summary>
    /// <param name="site">The check's position in the test cell (0, 1, …).</param>
    /// <param name="kind">The <c>Check</c> method (<c>Close</c>, <c>AllClose</c>, <c>Equal</c>, <c>That</c>, …).</param>
    /// <param name="arguments">Parameter names and values.</param>
    /// <returns>An empty string.</returns>
    public static string Reference(int site, string kind, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new JsonObject();
        foreach (var (name, value) in arguments)
        {
            values[name] = CheckValue.Encode(value);
        }

        Add(new JsonObject { ["site"] = site, ["kind"] = kind, ["values"] = values });
        return string.Empty;
    }

    /// <summary>Starts recording for a test.</summary>
    internal static void Begin()
    {
        lock (Gate)
        {
            _records = [];
        }
    }

    /// <summary>Stops recording and returns what was recorded.</summary>
    internal static JsonArray End()
    {
        lock (Gate)
        {
            var records = _records;
            _records = [];
            return records;
        }
    }

    private static void Add(JsonObject record)
    {
        lock (Gate)
        {
            if (_records.Count < MaxRecords)
            {
                _records.Add(record);
            }
        }
    }
}
