using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Tests.Grading;

/// <summary>
/// Checks a results.json against Gradescope's documented autograder format
/// (https://gradescope-autograders.readthedocs.io/en/latest/specs/, summarised in shared/reference/notebooks-and-grading.md §5.3):
/// known keys only, each with its documented type and allowed values.
/// </summary>
internal static class GradescopeSchema
{
    private static readonly HashSet<string> Visibilities = ["hidden", "after_due_date", "after_published", "visible"];
    private static readonly HashSet<string> Formats = ["text", "html", "simple_format", "md", "ansi"];
    private static readonly HashSet<string> TopKeys =
        ["score", "execution_time", "output", "output_format", "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard"];
    private static readonly HashSet<string> TestKeys =
        ["score", "max_score", "status", "name", "name_format", "number", "output", "output_format", "tags", "visibility", "extra_data"];

    public static void AssertValid(string json)
    {
        var root = Assert.IsType<JsonObject>(JsonNode.Parse(json));
        Assert.All(root.Select(p => p.Key), key => Assert.Contains(key, TopKeys));
        var tests = Assert.IsType<JsonArray>(root["tests"]);
        var hasTestScores = tests.All(t => t?["score"] is not null);
        Assert.True(root["score"] is not null || hasTestScores, "score is required when tests carry no scores");
        Number(root, "score");
        Number(root, "execution_time");
        Text(root, "output");
        OneOf(root, "output_format", Formats);
        OneOf(root, "visibility", Visibilities);
        OneOf(root, "stdout_visibility", Visibilities);
        if (root["extra_data"] is not null)
        {
            Assert.IsType<JsonObject>(root["extra_data"]);
        }

        foreach (var node in tests)
        {
            var test = Assert.IsType<JsonObject>(node);
            Assert.All(test.Select(p => p.Key), key => Assert.Contains(key, TestKeys));
            Number(test, "score");
            Number(test, "max_score");
            OneOf(test, "status", ["passed", "failed"]);
            Text(test, "name");
            Text(test, "number");
            Text(test, "output");
            OneOf(test, "output_format", Formats);
            OneOf(test, "visibility", Visibilities);
            if (test["tags"] is not null)
            {
                Assert.All(Assert.IsType<JsonArray>(test["tags"]), tag => Assert.Equal(System.Text.Json.JsonValueKind.String, tag!.GetValueKind()));
            }
        }
    }

    private static void Number(JsonObject obj, string key)
    {
        if (obj[key] is { } value)
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Number, value.GetValueKind());
        }
    }

    private static void Text(JsonObject obj, string key)
    {
        if (obj[key] is { } value)
        {
            Assert.Equal(System.Text.Json.JsonValueKind.String, value.GetValueKind());
        }
    }

    private static void OneOf(JsonObject obj, string key, HashSet<string> allowed)
    {
        if (obj[key] is { } value)
        {
            Assert.Contains(value.GetValue<string>(), allowed);
        }
    }
}
