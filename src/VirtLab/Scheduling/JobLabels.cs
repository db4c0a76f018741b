using System.Globalization;

namespace VirtLab.Scheduling;

/// <summary>Cached decimal strings of small job ids, so <see cref="Job.Label"/> does not allocate on each call.</summary>
internal static class JobLabels
{
    private const int Cached = 4096;
    private static readonly string?[] s_labels = new string?[Cached];

    /// <summary>The id as text.</summary>
    public static string For(int id)
    {
        if ((uint)id >= Cached)
        {
            return id.ToString(CultureInfo.InvariantCulture);
        }

        // Benign race: two threads may both build the same string; either is correct.
        return s_labels[id] ??= id.ToString(CultureInfo.InvariantCulture);
    }
}
