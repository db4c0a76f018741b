namespace VirtLab.Exercises;

/// <summary>
/// How many hints each exercise has revealed in this session (one notebook kernel or <c>virtlab run</c> worker):
/// every wrong try and every <see cref="Check.Hint"/> reveals the next, stronger hint.
/// </summary>
internal static class HintProgress
{
    private static readonly Dictionary<string, int> Revealed = new(StringComparer.Ordinal);

    /// <summary>The next hint's index (0-based, capped at the last hint), and counts it as revealed.</summary>
    public static int Next(Exercise exercise)
    {
        lock (Revealed)
        {
            Revealed.TryGetValue(exercise.Id, out var shown);
            Revealed[exercise.Id] = shown + 1;
            return Math.Min(shown, exercise.Hints.Count - 1);
        }
    }

    /// <summary>Forgets every revealed hint (tests).</summary>
    public static void Reset()
    {
        lock (Revealed)
        {
            Revealed.Clear();
        }
    }
}
