using System.Text.Json.Nodes;
using Spectre.Console;
using VirtLab.Cli.Commands;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

public sealed class GradeCommandTests
{
    [Fact]
    public async Task Grades_a_folder_and_writes_results_feedback_and_gradebook()
    {
        using var tiny = new TinyAssignment();
        tiny.Reference("alice");
        tiny.Submission("bob", q1: "int Double(int x) => 2 * x;");
        var output = Path.Combine(tiny.Root, "graded");
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(text), Interactive = InteractionSupport.No });
        var request = new GradeCommand.GradeRequest([Path.Combine(tiny.Root, "submissions")], tiny.InstructorPath, output, SandboxKind.None, 2, 60, 1024, ExecutionTime: false);
        Assert.Equal(0, await GradeCommand.RunAsync(request, console, CancellationToken.None));
        Assert.Equal(
            "submission,score,max_score,q1-visible,q1-hidden,q2-hidden,problems\nalice,5,5,1,2,2,\nbob,3,5,1,2,0,\n",
            File.ReadAllText(Path.Combine(output, "gradebook.csv")));
        var bob = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "bob", "results.json")))!;
        Assert.Equal(3, bob["score"]!.GetValue<double>());
        Assert.Contains("Not answered yet", File.ReadAllText(Path.Combine(output, "bob", "feedback.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_usage_exits_with_2()
    {
        using var tiny = new TinyAssignment();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) });
        var missing = new GradeCommand.GradeRequest([Path.Combine(tiny.Root, "nothing-here")], tiny.InstructorPath, tiny.Root, SandboxKind.None, 1, 60, 1024, false);
        Assert.Equal(2, await GradeCommand.RunAsync(missing, console, CancellationToken.None));
        var badTimeout = missing with { Submissions = [tiny.Reference()], TimeoutSeconds = 0 };
        Assert.Equal(2, await GradeCommand.RunAsync(badTimeout, console, CancellationToken.None));
    }

    [Theory]
    [InlineData("alice.ipynb", "alice")]
    [InlineData("alice/hw 1.ipynb", "alice__hw_1")]
    [InlineData("../x.ipynb", "__x")]
    public void Submission_names_are_safe_folder_names(string relative, string expected) =>
        Assert.Equal(expected, GradeCommand.SubmissionName(relative));
}
