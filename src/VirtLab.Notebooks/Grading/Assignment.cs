using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// An instructor notebook: the course notebook with reference answers, plus cell metadata that marks answers and
/// tests (<c>metadata.virtlab</c>, see <c>notebooks/homework/README.md</c>).
/// </summary>
/// <remarks>
/// Cell metadata, modelled on nbgrader's <c>metadata.nbgrader</c> (schema v3):
/// <c>{"virtlab": {"schema_version": 1, "grade_id": "q1", "role": "solution"}}</c> for an answer cell and
/// <c>{"virtlab": {"schema_version": 1, "grade_id": "q1-sum", "role": "test", "points": 2, "hidden": false, "name": "…"}}</c>
/// for a test cell. A test passes when its code runs to the end without an exception (a failed
/// <c>VirtLab.Exercises.Check</c> throws); it earns all its points or none.
/// </remarks>
public sealed partial class Assignment
{
    /// <summary>The metadata key under <c>cell.metadata</c>.</summary>
    public const string MetadataKey = "virtlab";

    /// <summary>The version of the cell metadata schema this code reads and writes.</summary>
    public const int SchemaVersion = 1;

    private Assignment(Notebook notebook, string path, IReadOnlyList<GradedCell> cells)
    {
        Notebook = notebook;
        Path = path;
        Cells = cells;
    }

    /// <summary>The instructor notebook.</summary>
    public Notebook Notebook { get; }

    /// <summary>Absolute path of the instructor notebook.</summary>
    public string Path { get; }

    /// <summary>Its folder: relative <c>#r</c> paths of submissions are resolved from here.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>Every graded cell, in notebook order.</summary>
    public IReadOnlyList<GradedCell> Cells { get; }

    /// <summary>The test cells, in notebook order (their position is their test number).</summary>
    public IReadOnlyList<GradedCell> Tests => Cells.Where(c => c.Role == GradedCellRole.Test).ToList();

    /// <summary>The answer cells, in notebook order.</summary>
    public IReadOnlyList<GradedCell> Answers => Cells.Where(c => c.Role == GradedCellRole.Solution).ToList();

    /// <summary>Total points of all tests.</summary>
    public double MaxScore => Tests.Sum(t => t.Points);

    /// <summary>Loads and checks an instructor notebook.</summary>
    /// <exception cref="AssignmentFormatException">The metadata or a solution region breaks the format.</exception>
    /// <exception cref="NotebookFormatException">The file is not a notebook.</exception>
    public static Assignment Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        return FromNotebook(Notebook.Load(full), full);
    }

    /// <summary>Reads the graded cells of <paramref name="notebook"/> (stored at <paramref name="path"/>).</summary>
    /// <exception cref="AssignmentFormatException">The metadata or a solution region breaks the format.</exception>
    public static Assignment FromNotebook(Notebook notebook, string path)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var cells = new List<GradedCell>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? lastAnswer = null;
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.Metadata[MetadataKey] is not JsonObject meta)
            {
                continue;
            }

            var graded = Read(meta, cell, i, lastAnswer);
            if (!ids.Add(graded.GradeId))
            {
                throw new AssignmentFormatException($"cell {i + 1}: grade_id '{graded.GradeId}' is used twice; each graded cell needs its own.");
            }

            if (graded.Role == GradedCellRole.Solution)
            {
                SolutionRegions.ToStudentVersion(cell.Source, $"cell {i + 1} ({graded.GradeId})");
                lastAnswer = graded.GradeId;
            }

            cells.Add(graded);
        }

        if (!cells.Any(c => c.Role == GradedCellRole.Test))
        {
            throw new AssignmentFormatException("the notebook has no test cells (metadata.virtlab.role = \"test\"), so there is nothing to grade.");
        }

        return new Assignment(notebook, System.IO.Path.GetFullPath(path), cells);
    }

    /// <summary>The metadata object for an answer cell.</summary>
    public static JsonObject AnswerMetadata(string gradeId) => new()
    {
        ["grade_id"] = gradeId,
        ["role"] = "solution",
        ["schema_version"] = SchemaVersion,
    };

    /// <summary>The metadata object for a test cell.</summary>
    public static JsonObject TestMetadata(string gradeId, double points, bool hidden, string? name = null)
    {
        var meta = new JsonObject
        {
            ["grade_id"] = gradeId,
            ["hidden"] = hidden,
            ["points"] = points,
            ["role"] = "test",
            ["schema_version"] = SchemaVersion,
        };
        if (name is not null)
        {
            meta["name"] = name;
        }

        return meta;
    }

    private static GradedCell Read(JsonObject meta, NotebookCell cell, int index, string? lastAnswer)
    {
        var where = $"cell {index + 1}";
        if (!cell.IsCode)
        {
            throw new AssignmentFormatException($"{where}: only code cells can be graded (this one is '{cell.CellType}').");
        }

        var known = new HashSet<string>(StringComparer.Ordinal) { "schema_version", "grade_id", "role", "points", "hidden", "name" };
        var unknown = meta.Select(p => p.Key).FirstOrDefault(k => !known.Contains(k));
        if (unknown is not null)
        {
            throw new AssignmentFormatException($"{where}: unknown key '{unknown}' in metadata.virtlab (allowed: {string.Join(", ", known.Order(StringComparer.Ordinal))}).");
        }

        var version = Number(meta, "schema_version", where) ?? SchemaVersion;
        if (version != SchemaVersion)
        {
            throw new AssignmentFormatException($"{where}: metadata.virtlab.schema_version {version} is not supported (this virtlab reads version {SchemaVersion}).");
        }

        var id = Text(meta, "grade_id", where) ?? throw new AssignmentFormatException($"{where}: metadata.virtlab needs a 'grade_id'.");
        if (!GradeIdPattern().IsMatch(id))
        {
            throw new AssignmentFormatException($"{where}: grade_id '{id}' must match ^[A-Za-z0-9_-]+$ (it names files and CSV columns).");
        }

        var role = Text(meta, "role", where) switch
        {
            "solution" => GradedCellRole.Solution,
            "test" => GradedCellRole.Test,
            var other => throw new AssignmentFormatException($"{where} ({id}): role must be \"solution\" or \"test\", not '{other ?? "(missing)"}'."),
        };
        var hidden = meta["hidden"] switch
        {
            null => false,
            JsonValue v when v.TryGetValue<bool>(out var b) => b,
            _ => throw new AssignmentFormatException($"{where} ({id}): 'hidden' must be true or false."),
        };
        double points;
        if (role == GradedCellRole.Test)
        {
            points = Number(meta, "points", where) ?? throw new AssignmentFormatException($"{where} ({id}): a test needs 'points' (a number >= 0).");
            if (!(points >= 0) || double.IsInfinity(points))
            {
                throw new AssignmentFormatException($"{where} ({id}): points must be a finite number >= 0, not {points.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
        else
        {
            if (meta["points"] is not null || hidden)
            {
                throw new AssignmentFormatException($"{where} ({id}): an answer cell carries no 'points' or 'hidden'; put them on its test cells.");
            }

            points = 0;
        }

        var name = Text(meta, "name", where) ?? id;
        return new GradedCell(id, role, points, hidden, name, index, cell.Source, role == GradedCellRole.Test ? lastAnswer : null);
    }

    private static string? Text(JsonObject meta, string key, string where) => meta[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new AssignmentFormatException($"{where}: metadata.virtlab.{key} must be a string."),
    };

    private static double? Number(JsonObject meta, string key, string where) => meta[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        _ => throw new AssignmentFormatException($"{where}: metadata.virtlab.{key} must be a number."),
    };

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex GradeIdPattern();
}
