using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Grading;

/// <summary>Makes the student version of an assignment (what <c>virtlab assign</c> writes).</summary>
public static class StudentVersion
{
    /// <summary>
    /// Returns the student notebook for <paramref name="assignment"/>, to be saved in <paramref name="outputDirectory"/>:
    /// solution regions replaced by the stub, hidden tests removed, visible tests kept, outputs and execution counts
    /// cleared, relative <c>#r</c>/<c>#load</c> paths rewritten to resolve from the new folder.
    /// </summary>
    public static Notebook Create(Assignment assignment, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        var target = Path.GetFullPath(outputDirectory);
        var notebook = Notebook.Parse(assignment.Notebook.ToJson());
        var graded = assignment.Cells.ToDictionary(c => c.CellIndex);
        var cells = new List<NotebookCell>();
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (graded.TryGetValue(i, out var g))
            {
                if (g.Role == GradedCellRole.Test && g.Hidden)
                {
                    continue;
                }

                if (g.Role == GradedCellRole.Solution)
                {
                    cell.Source = SolutionRegions.ToStudentVersion(cell.Source, $"cell {i + 1} ({g.GradeId})");
                }
            }

            if (cell.IsCode)
            {
                cell.Outputs.Clear();
                cell.ExecutionCount = null;
                cell.Source = ReferencePaths.Rebase(cell.Source, assignment.Directory, target);
            }

            cells.Add(cell);
        }

        notebook.Cells.Clear();
        notebook.Cells.AddRange(cells);
        notebook.Metadata[Assignment.MetadataKey] = new JsonObject { ["student_version_of"] = Path.GetFileName(assignment.Path) };
        return notebook;
    }

    /// <summary>The student file name: <c>name.instructor.ipynb</c> becomes <c>name.ipynb</c>.</summary>
    public static string FileName(string instructorPath)
    {
        var name = Path.GetFileName(instructorPath);
        const string Suffix = ".instructor.ipynb";
        return name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? name[..^Suffix.Length] + ".ipynb" : name;
    }
}
