namespace VirtLab.Exercises;

public static partial class Check
{
    /// <summary>
    /// Checks a lesson exercise against the catalogue (<see cref="ExerciseCatalog"/>).
    /// <list type="bullet">
    /// <item>Unanswered (<paramref name="answer"/> is null): returns "Exercise 03.1: not answered yet …" and does not throw,
    /// so a notebook still runs top to bottom for a learner who only reads.</item>
    /// <item>Wrong: throws <see cref="CheckFailedException"/> whose message says what is wrong and gives the next hint
    /// (a second wrong try gets the stronger one); never the answer. The cell shows red; <c>virtlab run</c> fails.</item>
    /// <item>Right: returns "Exercise 03.1: correct." with the worked explanation.</item>
    /// </list>
    /// </summary>
    /// <param name="id">The exercise id, as in the answer cell's <c>virtlab.exercise</c> metadata.</param>
    /// <param name="answer">The learner's answer variable (a typed null until answered).</param>
    /// <param name="given">
    /// For an exercise about data measured in the notebook (<see cref="VirtLab.Exercises.Exercise.GivenType"/>): that data,
    /// from which the catalogue computes the expected value. Omit it otherwise.
    /// </param>
    /// <returns>The feedback text.</returns>
    /// <exception cref="ArgumentException">No exercise has this id, or <paramref name="given"/> is missing, extra or of the wrong type.</exception>
    /// <exception cref="CheckFailedException">The answer is wrong.</exception>
    public static string Exercise(string id, object? answer, object? given = null)
    {
        var exercise = ExerciseCatalog.Exercise(id);
        if (exercise.GivenType is null && given is not null)
        {
            throw new ArgumentException($"Exercise {exercise.Id} needs no data from the notebook: call Check.Exercise(\"{exercise.Id}\", answer).", nameof(given));
        }

        if (exercise.GivenType is not null && !exercise.GivenType.IsInstanceOfType(given))
        {
            throw new ArgumentException($"Exercise {exercise.Id} checks against data from the notebook: call Check.Exercise(\"{exercise.Id}\", answer, given) with a {exercise.GivenType.Name}.", nameof(given));
        }

        if (answer is null)
        {
            return $"Exercise {exercise.Id} ({exercise.Title}): not answered yet. Replace null in the answer cell above with your answer, "
                + $"then run both cells again. Stuck? Run Check.Hint(\"{exercise.Id}\").";
        }

        var wrong = exercise.Diagnose(answer, given);
        if (wrong is null)
        {
            return $"Exercise {exercise.Id} ({exercise.Title}): correct. {exercise.Explanation}";
        }

        throw new CheckFailedException($"Exercise {exercise.Id} ({exercise.Title}) is not right yet: {wrong}. {NextHint(exercise)}");
    }

    /// <summary>Shows the next hint of an exercise (each call a stronger one, then the last again). Never the answer.</summary>
    /// <param name="id">The exercise id.</param>
    /// <returns>The hint text.</returns>
    /// <exception cref="ArgumentException">No exercise has this id.</exception>
    public static string Hint(string id)
    {
        var exercise = ExerciseCatalog.Exercise(id);
        return $"Exercise {exercise.Id} ({exercise.Title}). {NextHint(exercise)}";
    }

    private static string NextHint(Exercise exercise)
    {
        var index = HintProgress.Next(exercise);
        var count = exercise.Hints.Count;
        var last = index == count - 1 ? (count == 1 ? string.Empty : " (the last one)") : $"; run Check.Hint(\"{exercise.Id}\") for a stronger one";
        return $"Hint {index + 1} of {count}{last}: {exercise.Hints[index]}";
    }
}
