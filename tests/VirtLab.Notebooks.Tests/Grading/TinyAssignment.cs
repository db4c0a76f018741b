using System.Text.Json.Nodes;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

/// <summary>
/// A small assignment for grading tests, written to a fresh temp folder: q1 Double(x) (visible test 1 point, hidden 2),
/// q2 Square(x) (hidden test 2 points). Submissions are the student version with one answer cell replaced.
/// </summary>
internal sealed class TinyAssignment : IDisposable
{
    public const string DoubleAnswer = "int Double(int x)\n{\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}";
    public const string SquareAnswer = "int Square(int x)\n{\n    // BEGIN SOLUTION\n    return x * x;\n    // END SOLUTION\n}";

    public TinyAssignment()
    {
        Root = Directory.CreateTempSubdirectory("virtlab-grading-test-").FullName;
        var notebook = Notebook.CreateCSharp();
        var library = typeof(VirtLab.Exercises.Check).Assembly.Location;
        notebook.Cells.Add(NotebookCell.Markdown("# Tiny homework"));
        notebook.Cells.Add(NotebookCell.CSharp($"#r \"{library}\"\nusing VirtLab.Exercises;"));
        notebook.Cells.Add(Graded(DoubleAnswer, Assignment.AnswerMetadata("q1")));
        notebook.Cells.Add(Graded("Check.Equal(Double(2), 4, name: \"Double(2)\")", Assignment.TestMetadata("q1-visible", 1, hidden: false)));
        notebook.Cells.Add(Graded("Check.Equal(Double(21), 42, name: \"Double(21)\")", Assignment.TestMetadata("q1-hidden", 2, hidden: true)));
        notebook.Cells.Add(Graded(SquareAnswer, Assignment.AnswerMetadata("q2")));
        notebook.Cells.Add(Graded("Check.Equal(Square(7), 49, name: \"Square(7)\")", Assignment.TestMetadata("q2-hidden", 2, hidden: true)));
        InstructorPath = Path.Combine(Root, "hw", "hw.instructor.ipynb");
        notebook.Save(InstructorPath);
        Assignment = Assignment.Load(InstructorPath);
        Directory.CreateDirectory(Path.Combine(Root, "submissions"));
    }

    public string Root { get; }

    public string InstructorPath { get; }

    public Assignment Assignment { get; }

    /// <summary>Writes a submission: the student version with the q1 (and optionally q2) answer cells replaced.</summary>
    public string Submission(string name, string? q1 = null, string? q2 = null)
    {
        var student = StudentVersion.Create(Assignment, Path.Combine(Root, "submissions"));
        foreach (var cell in student.Cells)
        {
            var id = (cell.Metadata[Assignment.MetadataKey] as JsonObject)?["grade_id"]?.GetValue<string>();
            if (id == "q1" && q1 is not null)
            {
                cell.Source = q1;
            }
            else if (id == "q2" && q2 is not null)
            {
                cell.Source = q2;
            }
        }

        var path = Path.Combine(Root, "submissions", name + ".ipynb");
        student.Save(path);
        return path;
    }

    /// <summary>A submission with both reference answers.</summary>
    public string Reference(string name = "reference") => Submission(name, DoubleAnswer, SquareAnswer);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private static NotebookCell Graded(string source, JsonObject meta)
    {
        var cell = NotebookCell.CSharp(source);
        cell.Metadata[Assignment.MetadataKey] = meta;
        return cell;
    }
}
