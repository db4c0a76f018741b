namespace VirtLab.Reliability.Detection;

/// <summary>
/// A failure detector fed by a heartbeat stream: it tells, at any time, whether the monitored process is suspected.
/// Times are plain numbers in one unit (milliseconds in the traces of <c>data/heartbeats</c>), never going backwards.
/// </summary>
public interface IFailureDetector
{
    /// <summary>A short description with the settings, for tables ("phi > 8", "timeout 3000").</summary>
    string Name { get; }

    /// <summary>Arrival time of the last heartbeat, or <see langword="null"/> before the first.</summary>
    double? LastHeartbeat { get; }

    /// <summary>Records a heartbeat that arrived at <paramref name="time"/>.</summary>
    /// <param name="time">Arrival time. Range: finite and ≥ the previous heartbeat.</param>
    void Heartbeat(double time);

    /// <summary>The detector's suspicion level at <paramref name="time"/> (φ, or elapsed/timeout for a timeout).</summary>
    double Suspicion(double time);

    /// <summary>Whether the process is suspected at <paramref name="time"/> (equivalently, <c>time &gt; SuspectAt</c>).</summary>
    bool IsSuspected(double time);

    /// <summary>The time after which the detector suspects the process if no further heartbeat arrives
    /// (+∞ before the first heartbeat: a process never heard from is not suspected).</summary>
    double SuspectAt { get; }
}
