using System.Text.Json.Nodes;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

public sealed class GradescopeResultsTests
{
    private static readonly SubmissionResult Sample = new(
        "alice",
        [
            new TestResult(1, "q1-visible", "Double(2)", 1, 1, true, "Passed.", Hidden: false),
            new TestResult(2, "q1-hidden", "Double(21)", 0, 2, false, "Answer is not right yet: got 40, expected 42.", Hidden: true),
        ],
        ["Cell 5 (q2): System.NotImplementedException: The method or operation is not implemented."],
        TimeSpan.FromSeconds(3.2));

    [Fact]
    public void Results_follow_the_documented_schema_with_and_without_execution_time()
    {
        GradescopeSchema.AssertValid(GradescopeResults.Serialize(Sample, includeExecutionTime: false));
        GradescopeSchema.AssertValid(GradescopeResults.Serialize(Sample, includeExecutionTime: true));
    }

    [Fact]
    public void Scores_statuses_and_visibility_are_written_per_test()
    {
        var json = JsonNode.Parse(GradescopeResults.Serialize(Sample, includeExecutionTime: true))!;
        Assert.Equal(1, json["score"]!.GetValue<double>());
        Assert.Equal(4, json["execution_time"]!.GetValue<long>());
        Assert.Equal(3, json["extra_data"]!["max_score"]!.GetValue<double>());
        Assert.Equal("hidden", json["stdout_visibility"]!.GetValue<string>());
        var tests = json["tests"]!.AsArray();
        Assert.Equal(["passed", "failed"], tests.Select(t => t!["status"]!.GetValue<string>()));
        Assert.Equal(["visible", "after_published"], tests.Select(t => t!["visibility"]!.GetValue<string>()));
        Assert.Equal(["1", "2"], tests.Select(t => t!["number"]!.GetValue<string>()));
        Assert.Contains("NotImplementedException", json["output"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_execution_time_the_bytes_do_not_depend_on_the_clock()
    {
        var later = Sample with { Elapsed = TimeSpan.FromSeconds(99) };
        Assert.Equal(GradescopeResults.Serialize(Sample, false), GradescopeResults.Serialize(later, false));
    }

    [Fact]
    public void Feedback_shows_visible_test_code_but_never_hidden_test_code()
    {
        using var tiny = new TinyAssignment();
        var page = FeedbackPage.Render(Sample with { Tests = [.. Sample.Tests, new TestResult(3, "q2-hidden", "Square(7)", 0, 2, false, "Not run.", Hidden: true)] }, tiny.Assignment);
        Assert.Contains("Check.Equal(Double(2), 4", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Double(21), 42", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Square(7), 49", page, StringComparison.Ordinal);
        Assert.Contains("Hidden test: its code is not shown.", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Gradebook_has_one_sorted_row_per_submission_and_quotes_fields()
    {
        using var tiny = new TinyAssignment();
        var bob = Sample with { Name = "bob", Problems = ["a, \"quoted\" problem"] };
        var csv = Gradebook.Render([bob, Sample], tiny.Assignment).Split('\n');
        Assert.Equal("submission,score,max_score,q1-visible,q1-hidden,q2-hidden,problems", csv[0]);
        Assert.StartsWith("alice,1,3,1,0", csv[1], StringComparison.Ordinal);
        Assert.EndsWith("\"a, \"\"quoted\"\" problem\"", csv[2], StringComparison.Ordinal);
    }
}
