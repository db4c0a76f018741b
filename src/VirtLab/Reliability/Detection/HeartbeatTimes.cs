namespace VirtLab.Reliability.Detection;

/// <summary>Shared time checks for detectors.</summary>
internal static class HeartbeatTimes
{
    public static void Check(double time, double? last, string paramName)
    {
        Guard.Finite(time, paramName);
        if (last is { } l && time < l)
        {
            throw new ArgumentOutOfRangeException(paramName, time, $"Heartbeat times must not go backwards (last was {l}).");
        }
    }

    public static void CheckQuery(double time, double? last, string paramName)
    {
        Guard.Finite(time, paramName);
        if (last is { } l && time < l)
        {
            throw new ArgumentOutOfRangeException(paramName, time, $"Cannot ask about a time before the last heartbeat ({l}).");
        }
    }
}
