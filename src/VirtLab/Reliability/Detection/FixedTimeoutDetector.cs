using System.Globalization;

namespace VirtLab.Reliability.Detection;

/// <summary>The classic detector: suspect when no heartbeat has arrived for longer than a fixed timeout.</summary>
/// <remarks>The baseline against which Hayashibara et al. (SRDS 2004) and Chen, Toueg &amp; Aguilera
/// ("On the quality of service of failure detectors", IEEE Trans. Computers 51(5), 2002) compare adaptive detectors.</remarks>
public sealed class FixedTimeoutDetector : IFailureDetector
{
    /// <summary>Creates the detector.</summary>
    /// <param name="timeout">Largest accepted silence. Range: &gt; 0.</param>
    public FixedTimeoutDetector(double timeout)
    {
        Guard.Positive(timeout, nameof(timeout));
        Timeout = timeout;
    }

    /// <summary>The timeout.</summary>
    public double Timeout { get; }

    /// <inheritdoc />
    public string Name => "timeout " + Timeout.ToString("G6", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public double? LastHeartbeat { get; private set; }

    /// <inheritdoc />
    public double SuspectAt => LastHeartbeat is { } last ? last + Timeout : double.PositiveInfinity;

    /// <inheritdoc />
    public void Heartbeat(double time)
    {
        HeartbeatTimes.Check(time, LastHeartbeat, nameof(time));
        LastHeartbeat = time;
    }

    /// <inheritdoc />
    public double Suspicion(double time)
    {
        HeartbeatTimes.CheckQuery(time, LastHeartbeat, nameof(time));
        return LastHeartbeat is { } last ? (time - last) / Timeout : 0;
    }

    /// <inheritdoc />
    public bool IsSuspected(double time)
    {
        HeartbeatTimes.CheckQuery(time, LastHeartbeat, nameof(time));
        return time > SuspectAt;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
