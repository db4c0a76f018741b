using System.Text.RegularExpressions;
using VirtLab.Notebooks.Exercises;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Course;

/// <summary>The course's lessons (notebooks/*.ipynb), their exercise and prediction cells, and their solutions.</summary>
internal static partial class CourseNotebooks
{
    public static IReadOnlyList<string> Paths { get; } =
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();

    public static string SolutionsFolder => Path.Combine(Repo.Root, "notebooks", "solutions");

    /// <summary>An exercise: the answer cell and the first code cell after it (its check).</summary>
    public sealed record Exercise(string Id, int AnswerIndex, int CheckIndex);

    /// <summary>A prediction cell.</summary>
    public sealed record PredictionCell(string Id, int Index);

    public static IReadOnlyList<Exercise> ExercisesOf(Notebook notebook)
    {
        var exercises = new List<Exercise>();
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            if (ExerciseCells.ExerciseId(notebook.Cells[i]) is { } id)
            {
                exercises.Add(new Exercise(id, i, notebook.Cells.FindIndex(i + 1, c => c.IsCode)));
            }
        }

        return exercises;
    }

    public static IReadOnlyList<PredictionCell> PredictionsOf(Notebook notebook) =>
        notebook.Cells.Select((c, i) => (Id: ExerciseCells.PredictionId(c), Index: i))
            .Where(p => p.Id is not null)
            .Select(p => new PredictionCell(p.Id!, p.Index))
            .ToList();

    /// <summary>The code of a cell without its comment lines and trailing comments.</summary>
    public static string Code(string source) => string.Join("\n", source.Split('\n')
        .Select(line => TrailingComment().Replace(line, string.Empty).Trim())
        .Where(line => line.Length > 0));

    /// <summary>
    /// The single declaration of an answer cell, <c>type name = value;</c> (<c>double?</c>, <c>int?</c>, <c>double[]</c>, <c>string</c>) (value "null" in the learner's notebook).
    /// Returns null when the cell's code is not exactly one such declaration.
    /// </summary>
    public static (string Type, string Name, string Value)? Declaration(string source)
    {
        var match = DeclarationPattern().Match(Code(source));
        return match.Success ? (match.Groups["type"].Value, match.Groups["name"].Value, match.Groups["value"].Value.Trim()) : null;
    }

    [GeneratedRegex(@"\s*//.*$")]
    private static partial Regex TrailingComment();

    [GeneratedRegex(@"^(?<type>[A-Za-z_][\w<>\[\],.]*\??)\s+(?<name>[A-Za-z_]\w*)\s*=\s*(?<value>[^;]+);$", RegexOptions.Singleline)]
    private static partial Regex DeclarationPattern();
}
