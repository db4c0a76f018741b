using System.Globalization;
using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// The grader's verdict on one test: the checks a student's run recorded (position and actual value) against the
/// reference run's (every argument), compared here, outside the student's process, with the semantics of
/// <c>VirtLab.Exercises.Check</c>: <c>Close</c> and <c>AllClose</c> within the reference's tolerance, <c>Equal</c> by
/// value, <c>That</c> true. Missing, extra or out-of-order checks fail the test.
/// </summary>
internal static class CheckJudge
{
    /// <summary>The message of a failed hidden check: it says nothing about the test's inputs or expected values.</summary>
    public const string HiddenMismatch = "A hidden check did not match the expected result.";

    /// <summary>Judges <paramref name="recorded"/> (the student's records) against <paramref name="expected"/> (the reference's).</summary>
    /// <returns>Whether the test passed, and the reason shown to the student when it did not.</returns>
    public static (bool Passed, string Detail) Judge(JsonArray expected, JsonArray? recorded, bool hidden)
    {
        recorded ??= [];
        for (var i = 0; i < expected.Count; i++)
        {
            var reference = (JsonObject)expected[i]!;
            if (i >= recorded.Count)
            {
                return (false, $"Incomplete: only {recorded.Count} of the test's {expected.Count} checks ran.");
            }

            if (recorded[i] is not JsonObject record || Site(record) != Site(reference))
            {
                return (false, "The test's checks did not run in their order.");
            }

            var (passed, detail) = Compare(reference, record["actual"]);
            if (!passed)
            {
                return (false, hidden ? HiddenMismatch : detail);
            }
        }

        return recorded.Count > expected.Count
            ? (false, $"The test recorded {recorded.Count} checks; it makes {expected.Count}.")
            : (true, "Passed.");
    }

    /// <summary>Compares an actual value with a reference record's expectation.</summary>
    public static (bool Passed, string Detail) Compare(JsonObject reference, JsonNode? actual)
    {
        var kind = reference["kind"]?.GetValue<string>() ?? string.Empty;
        var values = reference["values"] as JsonObject ?? [];
        var name = Text(values["name"]) ?? "Answer";
        var hint = Text(values["hint"]);
        string? what = null;
        switch (kind)
        {
            case "Close":
            {
                var a = CheckValue.Number(actual);
                var e = CheckValue.Number(values["expected"]);
                var t = CheckValue.Number(values["tolerance"]) ?? 1e-6;
                if (a is null || e is null || double.IsNaN(a.Value) || Math.Abs(a.Value - e.Value) > t)
                {
                    what = $"got {CheckValue.Describe(actual)}, expected {CheckValue.Describe(values["expected"])} (within {Format(t)})";
                }

                break;
            }

            case "AllClose":
            {
                var t = CheckValue.Number(values["tolerance"]) ?? 1e-6;
                var e = values["expected"] as JsonArray ?? [];
                if (actual is not JsonArray a)
                {
                    what = "got no sequence of numbers";
                }
                else if (a.Count != e.Count)
                {
                    what = $"got {a.Count} values, expected {e.Count}";
                }
                else
                {
                    for (var i = 0; i < a.Count && what is null; i++)
                    {
                        var x = CheckValue.Number(a[i]);
                        var y = CheckValue.Number(e[i]);
                        if (x is null || y is null || double.IsNaN(x.Value) || Math.Abs(x.Value - y.Value) > t)
                        {
                            what = $"value {i} is {CheckValue.Describe(a[i])}, expected {CheckValue.Describe(e[i])} (within {Format(t)})";
                        }
                    }
                }

                break;
            }

            case "That":
                if (!(actual is JsonValue v && v.TryGetValue<bool>(out var condition) && condition))
                {
                    what = Text(values["what"]) ?? "the condition does not hold";
                }

                break;
            default:
            {
                var e = values.ContainsKey("expected") ? values["expected"] : values["actual"];
                if (!CheckValue.Same(actual, e))
                {
                    var (got, want) = (CheckValue.Describe(actual), CheckValue.Describe(e));
                    if (got == want)
                    {
                        // Same text, different kinds (the string "3" and the number 3): show them as JSON.
                        (got, want) = (actual?.ToJsonString() ?? "null", e?.ToJsonString() ?? "null");
                    }

                    what = $"got {got}, expected {want}";
                }

                break;
            }
        }

        if (what is null)
        {
            return (true, "Passed.");
        }

        var message = $"{name} is not right yet: {what}.";
        if (!string.IsNullOrWhiteSpace(hint))
        {
            message += " Hint: " + hint;
        }

        return (false, message);
    }

    private static int? Site(JsonObject record) =>
        record["site"] is JsonValue v && v.TryGetValue<int>(out var site) ? site : null;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
