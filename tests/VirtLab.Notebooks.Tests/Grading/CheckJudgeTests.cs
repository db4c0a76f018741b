using System.Text.Json.Nodes;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

/// <summary>The grader's comparison of a student's recorded checks with the reference run's.</summary>
public sealed class CheckJudgeTests
{
    private static readonly JsonArray Expected = JsonNode.Parse("""
        [
          {"site": 0, "kind": "Close", "values": {"actual": 0.5, "expected": 0.5, "tolerance": 0.01, "hint": "divide", "name": "share"}},
          {"site": 1, "kind": "AllClose", "values": {"actual": [1, 2], "expected": [1, 2], "tolerance": 1e-6, "hint": null, "name": "list"}},
          {"site": 2, "kind": "Equal", "values": {"actual": 3, "expected": 3, "hint": null, "name": "count"}},
          {"site": 3, "kind": "That", "values": {"condition": true, "what": "it must be sorted", "hint": null, "name": "order"}}
        ]
        """)!.AsArray();

    [Fact]
    public void Matching_values_pass_with_numbers_compared_by_value()
    {
        Assert.Equal((true, "Passed."), CheckJudge.Judge(Expected, Records(0.505, "[1.0, 2.0000001]", "3.0", "true"), hidden: false));
    }

    [Theory]
    [InlineData(0.6, "[1, 2]", "3", "true", "share is not right yet: got 0.6, expected 0.5 (within 0.01). Hint: divide")]
    [InlineData(0.5, "[1]", "3", "true", "list is not right yet: got 1 values, expected 2.")]
    [InlineData(0.5, "[1, 2]", "\"3\"", "true", "count is not right yet: got \"3\", expected 3.")]
    [InlineData(0.5, "[1, 2]", "3", "false", "order is not right yet: it must be sorted.")]
    public void A_wrong_value_fails_with_the_checks_message(double share, string list, string count, string order, string message)
    {
        Assert.Equal((false, message), CheckJudge.Judge(Expected, Records(share, list, count, order), hidden: false));
        Assert.Equal((false, CheckJudge.HiddenMismatch), CheckJudge.Judge(Expected, Records(share, list, count, order), hidden: true));
    }

    [Fact]
    public void Missing_extra_and_reordered_checks_fail()
    {
        var all = Records(0.5, "[1, 2]", "3", "true");
        var fewer = new JsonArray(all.Take(3).Select(n => n!.DeepClone()).ToArray());
        Assert.Equal((false, "Incomplete: only 3 of the test's 4 checks ran."), CheckJudge.Judge(Expected, fewer, hidden: false));
        var more = (JsonArray)all.DeepClone();
        more.Add(new JsonObject { ["site"] = 3, ["actual"] = true });
        Assert.False(CheckJudge.Judge(Expected, more, hidden: false).Passed);
        var swapped = new JsonArray(all[1]!.DeepClone(), all[0]!.DeepClone(), all[2]!.DeepClone(), all[3]!.DeepClone());
        Assert.Equal((false, "The test's checks did not run in their order."), CheckJudge.Judge(Expected, swapped, hidden: false));
        Assert.False(CheckJudge.Judge(Expected, null, hidden: false).Passed);
    }

    private static JsonArray Records(double share, string list, string count, string order) => new(
        new JsonObject { ["site"] = 0, ["actual"] = share },
        new JsonObject { ["site"] = 1, ["actual"] = JsonNode.Parse(list) },
        new JsonObject { ["site"] = 2, ["actual"] = JsonNode.Parse(count) },
        new JsonObject { ["site"] = 3, ["actual"] = JsonNode.Parse(order) });
}
