using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Exercises;

/// <summary>
/// Finds a lesson's exercise and prediction cells: code cells whose metadata holds <c>virtlab.exercise</c>
/// (an answer cell, tagged <c>exercise</c>) or <c>virtlab.prediction</c> (a prediction cell, tagged <c>prediction</c>).
/// </summary>
public static class ExerciseCells
{
    /// <summary>The metadata key (under <c>virtlab</c>) naming an answer cell's exercise id.</summary>
    public const string ExerciseKey = "exercise";

    /// <summary>The metadata key (under <c>virtlab</c>) naming a prediction cell's id.</summary>
    public const string PredictionKey = "prediction";

    /// <summary>The exercise id of an answer cell, or null.</summary>
    public static string? ExerciseId(NotebookCell cell) => Read(cell, ExerciseKey);

    /// <summary>The prediction id of a prediction cell, or null.</summary>
    public static string? PredictionId(NotebookCell cell) => Read(cell, PredictionKey);

    private static string? Read(NotebookCell cell, string key)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.IsCode && cell.Metadata["virtlab"] is JsonObject virtlab && virtlab[key] is JsonValue value && value.TryGetValue<string>(out var id)
            ? id
            : null;
    }
}
