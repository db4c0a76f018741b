using System.Globalization;

namespace VirtLab.Reliability;

/// <summary>Readable durations for downtime figures.</summary>
internal static class Downtime
{
    /// <summary>"87.6 h", "52.56 min", "31.54 s", "315 ms": the largest unit that keeps the number ≥ 1.</summary>
    public static string Describe(TimeSpan span)
    {
        var c = CultureInfo.InvariantCulture;
        return span.TotalDays >= 1 ? span.TotalDays.ToString("0.##", c) + " d"
            : span.TotalHours >= 1 ? span.TotalHours.ToString("0.##", c) + " h"
            : span.TotalMinutes >= 1 ? span.TotalMinutes.ToString("0.###", c) + " min"
            : span.TotalSeconds >= 1 ? span.TotalSeconds.ToString("0.##", c) + " s"
            : span.TotalMilliseconds.ToString("0.#", c) + " ms";
    }
}
