using System.Globalization;

namespace VirtLab.Reliability.Supervision;

/// <summary>One failure of a supervised container and what the supervisor did about it.</summary>
/// <param name="Container">The container's name.</param>
/// <param name="FailedAt">Best evidence of the failure time: the engine's <c>die</c> time when known, otherwise the
/// first failed probe after the last good one (the failure happened at most one probe interval earlier).</param>
/// <param name="DetectedAt">When the detector (or the die event) declared the failure.</param>
/// <param name="RecoveredAt">When the container passed its probe again, or <see langword="null"/> if the supervisor gave up or stopped first.</param>
/// <param name="Attempts">Recovery attempts made.</param>
/// <param name="Cause">"exited (code N)", "probe failures", …</param>
public sealed record SupervisedIncident(string Container, DateTimeOffset FailedAt, DateTimeOffset DetectedAt, DateTimeOffset? RecoveredAt, int Attempts, string Cause)
{
    /// <summary>DetectedAt − FailedAt.</summary>
    public TimeSpan TimeToDetect => DetectedAt - FailedAt;

    /// <summary>RecoveredAt − FailedAt (the downtime), if it recovered.</summary>
    public TimeSpan? TimeToRecover => RecoveredAt - FailedAt;

    /// <inheritdoc />
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var recovered = TimeToRecover is { } r ? string.Create(c, $"recovered +{r.TotalSeconds:0.000} s") : "not recovered";
        return string.Create(c, $"{Container}: {Cause} at {FailedAt:HH:mm:ss.fff}, detected +{TimeToDetect.TotalSeconds:0.000} s, {recovered} after {Attempts} attempt(s)");
    }
}
