using System.Globalization;
using System.Text;

namespace VirtLab.Notebooks.Grading;

/// <summary>The CSV gradebook of a batch: one row per submission (sorted by name), total, maximum, points per test, and problems.</summary>
public static class Gradebook
{
    /// <summary>Renders the CSV (RFC 4180 quoting, invariant numbers, header row).</summary>
    public static string Render(IEnumerable<SubmissionResult> results, Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(assignment);
        var csv = new StringBuilder();
        var header = new List<string> { "submission", "score", "max_score" };
        header.AddRange(assignment.Tests.Select(t => t.GradeId));
        header.Add("problems");
        csv.Append(string.Join(',', header.Select(Quote))).Append('\n');
        foreach (var result in results.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var row = new List<string> { result.Name, Number(result.Score), Number(result.MaxScore) };
            row.AddRange(result.Tests.Select(t => Number(t.Score)));
            row.Add(string.Join(" | ", result.Problems));
            csv.Append(string.Join(',', row.Select(Quote))).Append('\n');
        }

        return csv.ToString();
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
