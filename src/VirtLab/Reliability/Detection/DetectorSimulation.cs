namespace VirtLab.Reliability.Detection;

/// <summary>Replays a heartbeat trace through a failure detector and scores it against the trace's ground truth.</summary>
/// <remarks>
/// Event-driven and exact: between two heartbeats a detector's suspicion only grows, so it suspects from
/// <see cref="IFailureDetector.SuspectAt"/> until the next heartbeat (if that comes later). A suspicion that
/// begins before the crash is a mistake, even if the crash follows; the detection time is measured from the
/// crash to the start of the suspicion that lasts to the end of the trace (0 if it began before the crash).
/// </remarks>
public static class DetectorSimulation
{
    /// <summary>Replays <paramref name="trace"/> through a fresh <paramref name="detector"/>.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="detector">A detector that has seen no heartbeat yet.</param>
    public static DetectorRun Run(HeartbeatTrace trace, IFailureDetector detector)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(detector);
        trace.Validate();
        if (detector.LastHeartbeat is not null)
        {
            throw new ArgumentException("The detector has already seen heartbeats; pass a fresh one.", nameof(detector));
        }

        var alive = trace.CrashAt ?? trace.End;
        var suspicions = new List<SuspicionInterval>();
        void Gap(double until)
        {
            var start = detector.SuspectAt;
            if (start < until)
            {
                suspicions.Add(new SuspicionInterval(start, until, start < alive || trace.CrashAt is null));
            }
        }

        for (var i = 0; i < trace.Arrivals.Count; i++)
        {
            if (i > 0)
            {
                Gap(trace.Arrivals[i]);
            }

            detector.Heartbeat(trace.Arrivals[i]);
        }

        Gap(trace.End);
        var mistakes = suspicions.Where(s => s.IsMistake).ToArray();
        var mistakeDuration = mistakes.Sum(s => Math.Min(s.End, alive) - s.Start);
        double? detection = null;
        if (trace.CrashAt is { } crash && suspicions.Count > 0
            && suspicions[^1].End >= trace.End && suspicions[^1].Start >= trace.Arrivals[^1])
        {
            detection = Math.Max(0, suspicions[^1].Start - crash);
        }

        return new DetectorRun(detector.Name, trace.Name, suspicions, mistakes.Length, mistakeDuration, detection, alive);
    }

    /// <summary>Runs one fresh detector per threshold over the same trace.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="thresholds">The settings to try (φ thresholds, timeouts, …).</param>
    /// <param name="create">Builds a fresh detector for a setting, e.g. <c>t =&gt; new PhiAccrualDetector(threshold: t)</c>.</param>
    public static DetectorSweep Sweep(HeartbeatTrace trace, IEnumerable<double> thresholds, Func<double, IFailureDetector> create)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(create);
        var points = thresholds.Select(t => new SweepPoint(t, Run(trace, create(t)))).ToArray();
        if (points.Length == 0)
        {
            throw new ArgumentException("Give at least one threshold.", nameof(thresholds));
        }

        return new DetectorSweep(trace.Name, points);
    }
}
