using VirtLab.Notebooks.Grading;
using Xunit.Abstractions;

namespace VirtLab.Notebooks.Tests.Grading;

/// <summary>The rewrite of test cells: library names fully qualified, only actual values in the student's version.</summary>
public sealed class TestRewriterTests(ITestOutputHelper output)
{
    [Fact]
    public void Homework_tests_keep_no_expected_values_and_bind_library_names_fully()
    {
        var assignment = Assignment.Load(HomeworkPath("allocation"));
        var tests = TestRewriter.Rewrite(assignment);
        foreach (var test in tests)
        {
            output.WriteLine($"== {test.GradeId} [{string.Join(",", test.CheckKinds)}] {string.Join("; ", test.Errors)}\n{test.StudentSource}\n-- reference\n{test.ReferenceSource}");
        }

        Assert.All(tests, t => Assert.Empty(t.Errors));
        var hidden = tests.Single(t => t.GradeId == "q1-hidden");
        Assert.DoesNotContain("Allocate.ProportionalShare", hidden.StudentSource, StringComparison.Ordinal);
        Assert.DoesNotContain("[4.0]", hidden.StudentSource, StringComparison.Ordinal);
        Assert.Contains("global::VirtLab.Allocation.Allocate.ProportionalShare", hidden.ReferenceSource, StringComparison.Ordinal);
        var drf = tests.Single(t => t.GradeId == "q3-hidden");
        Assert.DoesNotContain("library", drf.StudentSource, StringComparison.Ordinal);
        Assert.DoesNotContain("\"5,5\"", drf.StudentSource, StringComparison.Ordinal);
        Assert.Contains("global::System.Linq.Enumerable.Select(", drf.StudentSource, StringComparison.Ordinal);
        Assert.Equal(["Equal", "AllClose"], drf.CheckKinds);
    }

    internal static string HomeworkPath(string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "VirtLab.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("VirtLab.sln not found above the test folder.");
        }

        return Path.Combine(root.FullName, "notebooks", "homework", name, $"{name}.instructor.ipynb");
    }
}
