using System.Text.Json.Nodes;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

public sealed class StudentVersionTests
{
    [Fact]
    public void Stubs_answers_drops_hidden_tests_keeps_visible_ones_and_clears_outputs()
    {
        using var tiny = new TinyAssignment();
        tiny.Assignment.Notebook.Cells[1].Outputs.Add(new StreamOutput("stdout", "old output"));
        tiny.Assignment.Notebook.Cells[1].ExecutionCount = 3;
        var student = StudentVersion.Create(tiny.Assignment, tiny.Assignment.Directory);
        var ids = student.Cells.Select(c => (c.Metadata[Assignment.MetadataKey] as JsonObject)?["grade_id"]?.GetValue<string>()).ToList();
        Assert.Equal([null, null, "q1", "q1-visible", "q2"], ids);
        Assert.All(student.Cells.Where(c => c.IsCode), c => Assert.Empty(c.Outputs));
        Assert.All(student.Cells.Where(c => c.IsCode), c => Assert.Null(c.ExecutionCount));
        Assert.Contains(SolutionRegions.Stub, student.Cells[2].Source, StringComparison.Ordinal);
        Assert.DoesNotContain("2 * x", student.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("Double(21)", student.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_references_are_rebased_to_the_output_folder()
    {
        using var tiny = new TinyAssignment();
        var dll = Path.Combine(tiny.Root, "lib", "Lib.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(dll)!);
        File.WriteAllText(dll, string.Empty);
        tiny.Assignment.Notebook.Cells[1].Source = "#r \"../lib/Lib.dll\"\n#r \"nuget: Foo, 1.0\"";
        var student = StudentVersion.Create(tiny.Assignment, Path.Combine(tiny.Root, "hw", "student"));
        Assert.Equal("#r \"../../lib/Lib.dll\"\n#r \"nuget: Foo, 1.0\"", student.Cells[1].Source);
    }

    [Fact]
    public void Assign_command_writes_a_valid_notebook_named_without_instructor()
    {
        using var tiny = new TinyAssignment();
        var output = Path.Combine(tiny.Root, "out");
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(new StringWriter()) });
        Assert.Equal(0, VirtLab.Cli.Commands.AssignCommand.Run(tiny.InstructorPath, output, console));
        var written = Notebook.Load(Path.Combine(output, "hw.ipynb"));
        Assert.Equal(5, written.Cells.Count);
        Assert.Equal(2, VirtLab.Cli.Commands.AssignCommand.Run(Path.Combine(tiny.Root, "missing.ipynb"), output, console));
    }

    [Fact]
    public void Assign_warns_about_tests_that_rely_only_on_check_that()
    {
        using var tiny = new TinyAssignment();
        var notebook = Notebook.Load(tiny.InstructorPath);
        var weak = NotebookCell.CSharp("Check.That(Double(5) == 10, \"Double(5) is 10\")");
        weak.Metadata[Assignment.MetadataKey] = Assignment.TestMetadata("q1-that", 1, hidden: true);
        notebook.Cells.Insert(5, weak);
        notebook.Save(tiny.InstructorPath);
        var text = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(text) });
        console.Profile.Width = 1000;
        Assert.Equal(0, VirtLab.Cli.Commands.AssignCommand.Run(tiny.InstructorPath, Path.Combine(tiny.Root, "out"), console));
        var output = text.ToString();
        Assert.Contains("Warning: test 'q1-that' cannot be graded safely", output, StringComparison.Ordinal);
        Assert.DoesNotContain("'q1-visible' cannot", output, StringComparison.Ordinal);
    }
}
