using System.Globalization;

namespace VirtLab.Reliability.Recovery;

/// <summary>One failure and its recovery, in seconds from the start of a simulation.</summary>
/// <param name="FailedAt">When the service failed.</param>
/// <param name="DetectedAt">When the failure was detected.</param>
/// <param name="RecoveredAt">When the service was healthy again.</param>
/// <param name="Attempts">Recovery attempts made (restarts, or 1 for a fail-over).</param>
public sealed record Incident(double FailedAt, double DetectedAt, double RecoveredAt, int Attempts)
{
    /// <summary>Time to detect, DetectedAt − FailedAt.</summary>
    public double TimeToDetect => DetectedAt - FailedAt;

    /// <summary>Downtime, RecoveredAt − FailedAt.</summary>
    public double Downtime => RecoveredAt - FailedAt;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"failed {FailedAt:G6}, detected +{TimeToDetect:G4}, recovered +{Downtime:G4} after {Attempts} attempt(s)");
}
