namespace VirtLab.Exercises;

/// <summary>
/// One notebook's part of the exercise catalogue (a class in <c>Exercises/Lessons</c>, e.g. <c>Lesson03</c>).
/// <see cref="ExerciseCatalog"/> finds every implementation in this assembly, so adding a lesson is adding a file.
/// </summary>
public interface ILessonExercises
{
    /// <summary>The notebook's file name without extension (<c>03-cpu-allocation</c>).</summary>
    string Notebook { get; }

    /// <summary>The lesson's exercises, in notebook order.</summary>
    IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>The lesson's recorded predictions, in notebook order (may be empty).</summary>
    IReadOnlyList<PredictionTopic> Predictions { get; }
}
