using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VirtLab.Notebooks.Exercises;

/// <summary>
/// The reference answers of one lesson, kept outside the learner notebook in <c>notebooks/solutions/&lt;stem&gt;.json</c>:
/// a JSON object mapping each exercise id to the solved source of its answer cell (a string), and each prediction id
/// to a predicted value (a number). <c>virtlab run --solutions DIR</c> puts them into the notebook before it runs
/// and then requires every exercise check to report "correct".
/// </summary>
/// <example><code>{ "03.1": "double[]? answer1 = [1, 3, 4, 4];", "03.p1": 0.67 }</code></example>
public sealed partial class SolutionSet
{
    private readonly Dictionary<string, string> _answers;
    private readonly Dictionary<string, double> _predictions;

    private SolutionSet(string path, Dictionary<string, string> answers, Dictionary<string, double> predictions)
    {
        Path = path;
        _answers = answers;
        _predictions = predictions;
    }

    /// <summary>The file the solutions came from.</summary>
    public string Path { get; }

    /// <summary>Exercise id → solved answer-cell source.</summary>
    public IReadOnlyDictionary<string, string> Answers => _answers;

    /// <summary>Prediction id → predicted value.</summary>
    public IReadOnlyDictionary<string, double> Predictions => _predictions;

    /// <summary>The solutions file of a notebook: <paramref name="folder"/>/&lt;notebook file name without .ipynb&gt;.json.</summary>
    public static string PathFor(string folder, string notebookPath) =>
        System.IO.Path.Combine(folder, System.IO.Path.GetFileNameWithoutExtension(notebookPath) + ".json");

    /// <summary>Reads a solutions file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The file is not a JSON object of strings and numbers.</exception>
    public static SolutionSet Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No solutions file {path}: write one mapping each exercise id to its solved answer cell.", path);
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path} is not valid JSON: {e.Message}", e);
        }

        if (root is not JsonObject entries)
        {
            throw new FormatException($"{path} must hold a JSON object mapping ids to answers.");
        }

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var predictions = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, value) in entries)
        {
            if (value is JsonValue v && v.TryGetValue<string>(out var source))
            {
                answers[id] = source;
            }
            else if (value is JsonValue n && n.TryGetValue<double>(out var number) && double.IsFinite(number))
            {
                predictions[id] = number;
            }
            else
            {
                throw new FormatException($"{path}: '{id}' must be a string (an exercise's solved cell) or a finite number (a prediction).");
            }
        }

        return new SolutionSet(path, answers, predictions);
    }

    /// <summary>
    /// Replaces every answer cell's source with its solution and every prediction cell's <c>null</c> with the predicted value.
    /// </summary>
    /// <returns>The exercise ids that were filled in, in notebook order.</returns>
    /// <exception cref="InvalidOperationException">A cell has no solution, or a prediction cell has no <c>= null;</c> to replace.</exception>
    public IReadOnlyList<string> ApplyTo(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var filled = new List<string>();
        foreach (var cell in notebook.Cells)
        {
            if (ExerciseCells.ExerciseId(cell) is { } id)
            {
                cell.Source = _answers.TryGetValue(id, out var source)
                    ? source
                    : throw new InvalidOperationException($"{Path} has no solution for exercise {id}.");
                filled.Add(id);
            }
            else if (ExerciseCells.PredictionId(cell) is { } prediction)
            {
                if (!_predictions.TryGetValue(prediction, out var value))
                {
                    throw new InvalidOperationException($"{Path} has no value for prediction {prediction}.");
                }

                var placeholder = NullAssignment().Match(cell.Source);
                if (!placeholder.Success)
                {
                    throw new InvalidOperationException($"Prediction cell {prediction} must assign null (double? myPrediction = null;).");
                }

                var literal = value.ToString("R", CultureInfo.InvariantCulture);
                cell.Source = cell.Source[..placeholder.Index] + "= " + literal + ";" + cell.Source[(placeholder.Index + placeholder.Length)..];
            }
        }

        return filled;
    }

    /// <summary>The exercise ids among <paramref name="ids"/> whose check did not print "Exercise &lt;id&gt; … correct" in <paramref name="executed"/>.</summary>
    public static IReadOnlyList<string> Unconfirmed(Notebook executed, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(executed);
        ArgumentNullException.ThrowIfNull(ids);
        var text = string.Join("\n", executed.Cells.SelectMany(c => c.Outputs).Select(OutputText));
        return ids.Where(id => !Regex.IsMatch(text, "Exercise " + Regex.Escape(id) + @" \([^\n]*?\): correct\.")).ToList();
    }

    private static string OutputText(CellOutput output) => output switch
    {
        StreamOutput s => s.Text,
        DisplayDataOutput d => d.GetText("text/plain") ?? string.Empty,
        _ => string.Empty,
    };

    [GeneratedRegex(@"=\s*null\s*;")]
    private static partial Regex NullAssignment();
}
