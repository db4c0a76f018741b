namespace VirtLab.Scheduling;

/// <summary>
/// Shared loop of the quantum-based proportional-share policies (lottery, stride): keep the runnable jobs in id
/// order, let the policy pick one, run it for one quantum (or less, if it finishes or issues I/O), repeat.
/// Jobs that arrive or finish I/O during a quantum join at its end.
/// </summary>
internal static class ProportionalShareLoop
{
    /// <param name="workload">The jobs.</param>
    /// <param name="quantum">Time slice.</param>
    /// <param name="name">Policy name for the result.</param>
    /// <param name="pick">Chooses a job among the runnable ones (ids in ascending order).</param>
    /// <param name="ran">Told how long the chosen job ran.</param>
    /// <param name="joined">Told when a job becomes runnable (arrival or I/O completion).</param>
    /// <param name="shares">Share per job for the fairness index.</param>
    /// <param name="observer">Receives the trace as it happens; <see langword="null"/> keeps it in the result.</param>
    public static SimulationResult Run(Workload workload, double quantum, string name, Func<List<int>, int> pick,
        Action<int, double> ran, Action<int, List<int>> joined, IReadOnlyList<double> shares, ISchedulingObserver? observer)
    {
        var jobs = workload.Jobs;
        var n = jobs.Count;
        var remaining = jobs.Select(j => j.Runtime).ToArray();
        var sinceIo = new double[n];
        var recorder = new RunRecorder(workload, quantum: quantum, observer: observer);
        var feed = new ReadyFeed(workload);
        var ready = new List<int>();
        double t = 0;
        while (recorder.Finished < n)
        {
            while (feed.TryTake(t, out var job, out var fromIo, out var at))
            {
                if (fromIo)
                {
                    recorder.Event(at, job, SchedulingEventKind.IoDone);
                }

                joined(job, ready);
                var index = ready.BinarySearch(job);
                ready.Insert(~index, job);
            }

            if (ready.Count == 0)
            {
                t = feed.NextTime;
                continue;
            }

            var j = pick(ready);
            var slice = Math.Min(quantum, remaining[j]);
            var ioDue = jobs[j].IoEvery > 0 && jobs[j].IoEvery - sinceIo[j] <= slice;
            if (ioDue)
            {
                slice = jobs[j].IoEvery - sinceIo[j];
            }

            recorder.Run(j, t, t + slice);
            ran(j, slice);
            t += slice;
            if (slice >= remaining[j])
            {
                remaining[j] = 0;
                ready.Remove(j);
                recorder.Finish(j, t);
                continue;
            }

            remaining[j] -= slice;
            sinceIo[j] += slice;
            if (ioDue)
            {
                sinceIo[j] = 0;
                ready.Remove(j);
                recorder.IoStart(j, t, jobs[j].IoTime);
                feed.IoUntil(j, t + jobs[j].IoTime);
            }
        }

        return recorder.Build(name, shares);
    }
}
