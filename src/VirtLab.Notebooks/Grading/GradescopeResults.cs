using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// Gradescope's autograder <c>results.json</c> for one submission.
/// </summary>
/// <remarks>
/// Format: https://gradescope-autograders.readthedocs.io/en/latest/specs/ (top level <c>score</c>,
/// <c>execution_time</c>, <c>output</c>, <c>stdout_visibility</c>, <c>extra_data</c>, <c>tests[]</c>; each test
/// <c>score</c>, <c>max_score</c>, <c>status</c> passed/failed, <c>name</c>, <c>number</c>, <c>output</c>,
/// <c>visibility</c>). The total possible is not a top-level key in the spec, so it is in <c>extra_data.max_score</c>.
/// Keys are written in a fixed order and no clock value is written unless <c>execution_time</c> is asked for,
/// so grading the same submission twice gives the same bytes.
/// </remarks>
public static class GradescopeResults
{
    /// <summary>The version of this writer's layout, stored in <c>extra_data.virtlab_results_version</c>.</summary>
    public const int LayoutVersion = 1;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the JSON object.</summary>
    /// <param name="result">The graded submission.</param>
    /// <param name="includeExecutionTime">Write <c>execution_time</c> (whole seconds, rounded up).</param>
    public static JsonObject ToJson(SubmissionResult result, bool includeExecutionTime)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tests = new JsonArray();
        foreach (var test in result.Tests)
        {
            tests.Add(new JsonObject
            {
                ["name"] = test.Name,
                ["number"] = test.Number.ToString(CultureInfo.InvariantCulture),
                ["score"] = test.Score,
                ["max_score"] = test.MaxScore,
                ["status"] = test.Status,
                ["output"] = test.Output,
                ["output_format"] = "text",
                ["visibility"] = test.Visibility,
                ["tags"] = new JsonArray(test.GradeId),
            });
        }

        var root = new JsonObject { ["score"] = result.Score };
        if (includeExecutionTime)
        {
            root["execution_time"] = (long)Math.Ceiling(result.Elapsed.TotalSeconds);
        }

        root["output"] = Summary(result);
        root["output_format"] = "text";
        root["stdout_visibility"] = "hidden";
        root["tests"] = tests;
        root["extra_data"] = new JsonObject
        {
            ["max_score"] = result.MaxScore,
            ["submission"] = result.Name,
            ["virtlab_results_version"] = LayoutVersion,
        };
        return root;
    }

    /// <summary>The JSON text (indented, UTF-8, newline at the end).</summary>
    public static string Serialize(SubmissionResult result, bool includeExecutionTime) =>
        ToJson(result, includeExecutionTime).ToJsonString(Options) + "\n";

    /// <summary>Writes <c>results.json</c> atomically.</summary>
    public static void Write(SubmissionResult result, string path, bool includeExecutionTime) =>
        AtomicFile.WriteAllText(path, Serialize(result, includeExecutionTime));

    private static string Summary(SubmissionResult result)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{result.Tests.Count(t => t.Passed)} of {result.Tests.Count} tests passed.");
        if (result.Problems.Count > 0)
        {
            text.Append("\nProblems while running the notebook:");
            foreach (var problem in result.Problems)
            {
                text.Append("\n- ").Append(problem);
            }
        }

        return text.ToString();
    }
}
