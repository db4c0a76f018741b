using System.Reflection;

namespace VirtLab.Exercises;

/// <summary>
/// Every lesson's exercises and predictions, found from the <see cref="ILessonExercises"/> classes of this assembly.
/// Ids are unique across the course.
/// </summary>
public static class ExerciseCatalog
{
    private static readonly Lazy<Catalog> Instance = new(Build);

    /// <summary>Every lesson, ordered by notebook name.</summary>
    public static IReadOnlyList<ILessonExercises> Lessons => Instance.Value.Lessons;

    /// <summary>Finds an exercise by id (<c>"03.1"</c>).</summary>
    /// <exception cref="ArgumentException">No exercise has this id.</exception>
    public static Exercise Exercise(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Instance.Value.Exercises.TryGetValue(id, out var exercise)
            ? exercise
            : throw new ArgumentException($"There is no exercise '{id}' in the catalogue (src/VirtLab/Exercises/Lessons). Check the id in the notebook cell.", nameof(id));
    }

    /// <summary>Finds a prediction topic by id (<c>"03.p1"</c>).</summary>
    /// <exception cref="ArgumentException">No prediction has this id.</exception>
    public static PredictionTopic Prediction(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Instance.Value.Predictions.TryGetValue(id, out var prediction)
            ? prediction
            : throw new ArgumentException($"There is no prediction '{id}' in the catalogue (src/VirtLab/Exercises/Lessons). Check the id in the notebook cell.", nameof(id));
    }

    private static Catalog Build()
    {
        var lessons = typeof(ExerciseCatalog).Assembly.GetTypes()
            .Where(t => typeof(ILessonExercises).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (ILessonExercises)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(l => l.Notebook, StringComparer.Ordinal)
            .ToList();
        var exercises = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        var predictions = new Dictionary<string, PredictionTopic>(StringComparer.Ordinal);
        foreach (var lesson in lessons)
        {
            foreach (var exercise in lesson.Exercises)
            {
                if (!exercises.TryAdd(exercise.Id, exercise))
                {
                    throw new InvalidOperationException($"Exercise id '{exercise.Id}' is used twice in the catalogue ({lesson.Notebook}).");
                }
            }

            foreach (var prediction in lesson.Predictions)
            {
                if (!predictions.TryAdd(prediction.Id, prediction) || exercises.ContainsKey(prediction.Id))
                {
                    throw new InvalidOperationException($"Prediction id '{prediction.Id}' is used twice in the catalogue ({lesson.Notebook}).");
                }
            }
        }

        return new Catalog(lessons, exercises, predictions);
    }

    private sealed record Catalog(
        IReadOnlyList<ILessonExercises> Lessons,
        IReadOnlyDictionary<string, Exercise> Exercises,
        IReadOnlyDictionary<string, PredictionTopic> Predictions);
}
