using System.CommandLine;
using Spectre.Console;
using VirtLab.Notebooks;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Cli.Commands;

/// <summary>
/// <c>virtlab assign INSTRUCTOR.ipynb --out DIR</c>: writes the student version (solutions replaced by a stub that
/// compiles, hidden tests removed, visible tests kept, outputs cleared) as <c>DIR/NAME.ipynb</c>.
/// </summary>
internal static class AssignCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var instructor = new Argument<string>("instructor") { Description = "The instructor notebook (NAME.instructor.ipynb)." };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the student version.", Required = true };
        var command = new Command("assign", "Write the student version of an assignment notebook (see notebooks/homework/README.md).") { instructor, output };
        command.SetAction(parse => Run(parse.GetValue(instructor)!, parse.GetValue(output)!, AnsiConsole.Console));
        return command;
    }

    /// <summary>Writes the student version; returns the exit code (0 written, 2 bad input).</summary>
    internal static int Run(string instructorPath, string outputDirectory, IAnsiConsole console)
    {
        Assignment assignment;
        try
        {
            assignment = Assignment.Load(instructorPath);
        }
        catch (Exception e) when (e is AssignmentFormatException or NotebookFormatException or IOException)
        {
            console.MarkupLineInterpolated($"[red]{instructorPath}: {e.Message}[/]");
            return 2;
        }

        var student = StudentVersion.Create(assignment, outputDirectory);
        var target = Path.Combine(outputDirectory, StudentVersion.FileName(instructorPath));
        if (Path.GetFullPath(target) == assignment.Path)
        {
            console.MarkupLine("[red]The student version would overwrite the instructor notebook; choose another --out folder.[/]");
            return 2;
        }

        student.Save(target);
        var tests = assignment.Tests;
        console.MarkupLineInterpolated(
            $"Wrote {target}: {assignment.Answers.Count} answers stubbed, {tests.Count(t => !t.Hidden)} visible tests kept, {tests.Count(t => t.Hidden)} hidden tests removed ({assignment.MaxScore} points).");
        foreach (var (test, reason) in TestAudit.UnprotectedTests(assignment))
        {
            console.MarkupLineInterpolated($"[yellow]Warning: test '{test.GradeId}' cannot be graded safely: {reason}.[/]");
        }

        return 0;
    }
}
