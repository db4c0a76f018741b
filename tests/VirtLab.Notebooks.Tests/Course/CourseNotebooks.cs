using System.Text.Json.Nodes;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Course;

/// <summary>The course notebooks (notebooks/*.ipynb) and their exercises.</summary>
internal static class CourseNotebooks
{
    public static IReadOnlyList<string> Paths { get; } =
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();

    /// <summary>An exercise: the answer cell (tagged <c>exercise</c>), its wrong answer and the check cell after it.</summary>
    public sealed record Exercise(string Notebook, int AnswerIndex, int CheckIndex, string WrongAnswer);

    public static IReadOnlyList<Exercise> ExercisesOf(string path)
    {
        var notebook = Notebook.Load(path);
        var exercises = new List<Exercise>();
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (!cell.IsCode || !cell.HasTag("exercise"))
            {
                continue;
            }

            var check = notebook.Cells.FindIndex(i + 1, c => c.IsCode);
            var wrong = (cell.Metadata["virtlab"] as JsonObject)?["wrong_answer"]?.GetValue<string>();
            exercises.Add(new Exercise(path, i, check, wrong ?? string.Empty));
        }

        return exercises;
    }
}
