using System.Globalization;
using System.Text;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// The feedback page for one submission, in Markdown: score, problems while running the notebook, and per test the
/// result and reason. Visible tests show their code; hidden tests never do.
/// </summary>
public static class FeedbackPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(SubmissionResult result, Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(assignment);
        var tests = assignment.Tests;
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"# Feedback: {result.Name}\n\n");
        page.Append(CultureInfo.InvariantCulture, $"Assignment: `{Path.GetFileName(assignment.Path).Replace(".instructor", string.Empty, StringComparison.Ordinal)}`\n\n");
        page.Append(CultureInfo.InvariantCulture, $"**Score: {Points(result.Score)} / {Points(result.MaxScore)}** ({result.Tests.Count(t => t.Passed)} of {result.Tests.Count} tests passed)\n\n");
        if (result.Problems.Count > 0)
        {
            page.Append("## Problems while running your notebook\n\n");
            foreach (var problem in result.Problems)
            {
                page.Append("- ").Append(Inline(problem)).Append('\n');
            }

            page.Append('\n');
        }

        page.Append("## Tests\n\n| # | Test | Points | Result |\n|---|---|---|---|\n");
        foreach (var test in result.Tests)
        {
            page.Append(CultureInfo.InvariantCulture, $"| {test.Number} | {Inline(test.Name)}{(test.Hidden ? " (hidden)" : string.Empty)} | {Points(test.Score)} / {Points(test.MaxScore)} | {(test.Passed ? "passed" : "failed")} |\n");
        }

        foreach (var test in result.Tests)
        {
            page.Append(CultureInfo.InvariantCulture, $"\n### {test.Number}. {Inline(test.Name)}: {(test.Passed ? "passed" : "failed")} ({Points(test.Score)} / {Points(test.MaxScore)})\n\n");
            page.Append(Inline(test.Output)).Append('\n');
            if (test.Hidden)
            {
                page.Append("\n_Hidden test: its code is not shown._\n");
            }
            else
            {
                var source = tests[test.Number - 1].Source.TrimEnd();
                page.Append("\n```csharp\n").Append(source.Replace("```", "` ` `", StringComparison.Ordinal)).Append("\n```\n");
            }
        }

        return page.ToString();
    }

    private static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Keeps text written by the submission from turning into Markdown structure or HTML.</summary>
    private static string Inline(string text) =>
        text.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
}
