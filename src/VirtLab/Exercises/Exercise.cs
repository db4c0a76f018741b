namespace VirtLab.Exercises;

/// <summary>
/// One lesson exercise in the catalogue (<c>Exercises/Lessons/LessonNN.cs</c>): its id (<c>"03.1"</c>), title,
/// expected value (computed by the library or stated with its source), comparison, hints in steps and the worked
/// explanation a learner sees once the answer is right. Notebooks check answers with <see cref="Check.Exercise"/>;
/// the expected value never appears in a notebook.
/// </summary>
/// <remarks>Create entries with <see cref="Number"/>, <see cref="Numbers"/>, <see cref="Integer"/>, <see cref="Text"/> or <see cref="Choice"/>.</remarks>
public abstract class Exercise
{
    private protected Exercise(string id, string title, IReadOnlyList<string> hints, string explanation, string source, Given? given)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (hints.Count == 0 || hints.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("An exercise needs at least one hint, and no hint may be empty.", nameof(hints));
        }

        Id = id;
        Title = title;
        Hints = hints;
        Explanation = explanation;
        Source = source;
        GivenData = given;
    }

    /// <summary>The id used in the notebook (<c>"LL.N"</c>: lesson number, exercise number).</summary>
    public string Id { get; }

    /// <summary>A short title shown in every message.</summary>
    public string Title { get; }

    /// <summary>Hints from gentle to strong; a wrong try or <see cref="Check.Hint"/> reveals the next one. None gives the answer.</summary>
    public IReadOnlyList<string> Hints { get; }

    /// <summary>The short worked explanation shown with a correct answer.</summary>
    public string Explanation { get; }

    /// <summary>Where the expected value comes from (the library call or the cited source). Documentation for authors.</summary>
    public string Source { get; }

    /// <summary>
    /// The type of the data the check needs from the notebook (<c>Check.Exercise(id, answer, given)</c>), for exercises
    /// about values measured in the notebook; null when the expected value depends on nothing in the notebook.
    /// </summary>
    public Type? GivenType => GivenData?.Type;

    /// <summary>The given data's type and a sample of it (for the tests), or null.</summary>
    internal Given? GivenData { get; }

    /// <summary>
    /// The C# type the answer cell declares: <c>double?</c>, <c>int?</c> for numbers, <c>double[]</c>, <c>string</c> for references
    /// (no <c>?</c>: notebooks compile without a nullable context, and the real kernel warns about the annotation).
    /// </summary>
    public abstract string AnswerType { get; }

    /// <summary>A typical wrong answer: the tests feed it and expect the check to fail with a hint.</summary>
    internal abstract object WrongExample { get; }

    /// <summary>The expected value for <paramref name="given"/> (null unless <see cref="GivenType"/> is set).</summary>
    internal abstract object Expected(object? given);

    /// <summary>Says what is wrong with <paramref name="answer"/> without giving the answer away, or null when it is right.</summary>
    internal abstract string? Diagnose(object answer, object? given);

    /// <summary>The expected value for the sample data (for the catalogue's own tests).</summary>
    internal object ExpectedValue => Expected(GivenData?.Sample);

    /// <summary>Diagnoses an answer against the sample data (for the catalogue's own tests).</summary>
    internal string? Diagnose(object answer) => Diagnose(answer, GivenData?.Sample);

    /// <summary>The type of data an exercise needs from the notebook, and a sample value of it.</summary>
    internal sealed record Given(Type Type, object Sample);

    /// <summary>Wraps a computation of the expected value from typed given data.</summary>
    private protected static Func<object?, TResult> From<TGiven, TResult>(string id, Func<TGiven, TResult> expected) where TGiven : notnull =>
        given => given is TGiven typed
            ? expected(typed)
            : throw new ArgumentException(
                $"Exercise {id} checks against data from the notebook: call Check.Exercise(\"{id}\", answer, given) with a {typeof(TGiven).Name}"
                + (given is null ? "." : $", not a {given.GetType().Name}."), nameof(given));

    /// <summary>A number answer, right when within <paramref name="tolerance"/> of the expected value.</summary>
    /// <param name="id">Exercise id, <c>"LL.N"</c>.</param>
    /// <param name="title">Short title.</param>
    /// <param name="expected">Computes the expected value (a library call, evaluated when a check runs).</param>
    /// <param name="tolerance">Largest accepted absolute difference. Range: ≥ 0.</param>
    /// <param name="hints">Hints, gentle to strong.</param>
    /// <param name="explanation">Worked explanation shown when right.</param>
    /// <param name="source">Where the expected value comes from.</param>
    /// <param name="wrong">A typical wrong answer (used by the tests).</param>
    /// <param name="diagnose">Optional: recognises a known mistake in an answer and says what it is (null otherwise).</param>
    public static Exercise Number(string id, string title, Func<double> expected, double tolerance, IReadOnlyList<string> hints,
        string explanation, string source, double wrong, Func<double, string?>? diagnose = null) =>
        new NumberExercise(id, title, _ => expected(), tolerance, hints, explanation, source, wrong, diagnose, null);

    /// <summary>
    /// A number answer about data measured in the notebook: the check cell passes the data
    /// (<c>Check.Exercise(id, answer, given)</c>) and the catalogue computes the expected value from it.
    /// </summary>
    /// <param name="id">Exercise id, <c>"LL.N"</c>.</param>
    /// <param name="title">Short title.</param>
    /// <param name="expected">Computes the expected value from the notebook's data.</param>
    /// <param name="tolerance">Largest accepted absolute difference. Range: ≥ 0.</param>
    /// <param name="hints">Hints, gentle to strong.</param>
    /// <param name="explanation">Worked explanation shown when right.</param>
    /// <param name="source">Where the expected value comes from.</param>
    /// <param name="wrong">A typical wrong answer for <paramref name="sample"/> (used by the tests).</param>
    /// <param name="sample">Sample data of the same type, for the tests.</param>
    /// <param name="diagnose">Optional: recognises a known mistake in an answer and says what it is (null otherwise).</param>
    public static Exercise Number<TGiven>(string id, string title, Func<TGiven, double> expected, double tolerance, IReadOnlyList<string> hints,
        string explanation, string source, double wrong, TGiven sample, Func<double, string?>? diagnose = null) where TGiven : notnull =>
        new NumberExercise(id, title, From(id, expected), tolerance, hints, explanation, source, wrong, diagnose, new Given(typeof(TGiven), sample));

    /// <summary>A list of numbers, right when it has the expected length and every value is within <paramref name="tolerance"/>.</summary>
    /// <param name="id">Exercise id, <c>"LL.N"</c>.</param>
    /// <param name="title">Short title.</param>
    /// <param name="expected">Computes the expected values.</param>
    /// <param name="tolerance">Largest accepted absolute difference per value. Range: ≥ 0.</param>
    /// <param name="hints">Hints, gentle to strong.</param>
    /// <param name="explanation">Worked explanation shown when right.</param>
    /// <param name="source">Where the expected values come from.</param>
    /// <param name="wrong">A typical wrong answer (used by the tests).</param>
    /// <param name="labels">Optional names of the values (e.g. client names) used in messages ("value for C is too high").</param>
    public static Exercise Numbers(string id, string title, Func<double[]> expected, double tolerance, IReadOnlyList<string> hints,
        string explanation, string source, double[] wrong, IReadOnlyList<string>? labels = null) =>
        new NumbersExercise(id, title, _ => expected(), tolerance, hints, explanation, source, wrong, labels, null);

    /// <summary>A list of numbers about data measured in the notebook (see the given form of <c>Number</c>).</summary>
    public static Exercise Numbers<TGiven>(string id, string title, Func<TGiven, double[]> expected, double tolerance, IReadOnlyList<string> hints,
        string explanation, string source, double[] wrong, TGiven sample, IReadOnlyList<string>? labels = null) where TGiven : notnull =>
        new NumbersExercise(id, title, From(id, expected), tolerance, hints, explanation, source, wrong, labels, new Given(typeof(TGiven), sample));

    /// <summary>A whole-number answer (a count), right when equal to the expected value.</summary>
    public static Exercise Integer(string id, string title, Func<long> expected, IReadOnlyList<string> hints,
        string explanation, string source, long wrong) =>
        new IntegerExercise(id, title, _ => expected(), hints, explanation, source, wrong, null);

    /// <summary>A whole-number answer about data measured in the notebook (see the given form of <c>Number</c>).</summary>
    public static Exercise Integer<TGiven>(string id, string title, Func<TGiven, long> expected, IReadOnlyList<string> hints,
        string explanation, string source, long wrong, TGiven sample) where TGiven : notnull =>
        new IntegerExercise(id, title, From(id, expected), hints, explanation, source, wrong, new Given(typeof(TGiven), sample));

    /// <summary>A text answer, right when equal (ordinal) to the expected text; surrounding spaces and case are diagnosed.</summary>
    public static Exercise Text(string id, string title, Func<string> expected, IReadOnlyList<string> hints,
        string explanation, string source, string wrong) =>
        new TextExercise(id, title, _ => expected(), hints, explanation, source, wrong, null);

    /// <summary>A text answer about something in the notebook (see the given form of <c>Number</c>).</summary>
    public static Exercise Text<TGiven>(string id, string title, Func<TGiven, string> expected, IReadOnlyList<string> hints,
        string explanation, string source, string wrong, TGiven sample) where TGiven : notnull =>
        new TextExercise(id, title, From(id, expected), hints, explanation, source, wrong, new Given(typeof(TGiven), sample));

    /// <summary>
    /// A choice among <paramref name="options"/> (compared ignoring case and surrounding spaces). A wrong option gets
    /// the hints; text that is no option gets the list of options.
    /// </summary>
    public static Exercise Choice(string id, string title, IReadOnlyList<string> options, string expected, IReadOnlyList<string> hints,
        string explanation, string source, string wrong) =>
        new ChoiceExercise(id, title, options, expected, hints, explanation, source, wrong);
}
