namespace VirtLab.Scheduling;

/// <summary>Collects what a simulator observes (run intervals, events, completions) and builds the result.</summary>
internal sealed class RunRecorder
{
    private readonly Workload _workload;
    private readonly double[] _firstRun;
    private readonly double[] _completion;
    private readonly double[] _blocked;
    private readonly List<TimelineSegment> _segments;
    private readonly List<SchedulingEvent> _events;
    private readonly int[] _lastSegmentOnCpu;
    private readonly bool _hasDeadlines;
    private readonly ISchedulingObserver? _observer;
    private double _busy;
    private int _finished;

    /// <param name="workload">The jobs.</param>
    /// <param name="cpus">Number of CPUs.</param>
    /// <param name="quantum">The policy's longest uninterrupted run, used to size the timeline once instead of growing it.</param>
    /// <param name="observer">When set, slices and events go to it and are not kept (memory O(jobs)).</param>
    public RunRecorder(Workload workload, int cpus = 1, double quantum = double.PositiveInfinity, ISchedulingObserver? observer = null)
    {
        _workload = workload;
        _observer = observer;
        var n = workload.Count;
        _firstRun = new double[n];
        Array.Fill(_firstRun, -1);
        _completion = new double[n];
        _blocked = new double[n];
        // Expected number of run intervals: one per quantum, plus one per I/O burst.
        double slices = 0;
        double ios = 0;
        foreach (var job in workload.Jobs)
        {
            var io = job.IoEvery > 0 ? Math.Floor(job.Runtime / job.IoEvery) : 0;
            ios += io;
            slices += Math.Max(double.IsPositiveInfinity(quantum) ? 1 : Math.Ceiling(job.Runtime / quantum), io + 1);
        }

        // Capped, so that one enormous job does not reserve memory up front (the lists still grow if needed).
        var cap = observer is null ? 16.0 * n + 1024 : 0;
        _segments = new List<TimelineSegment>((int)Math.Min(slices, cap));
        _events = new List<SchedulingEvent>((int)Math.Min(2 * ios, cap));
        _hasDeadlines = workload.Jobs.Any(j => j.Deadline is not null);
        _lastSegmentOnCpu = new int[cpus];
        Array.Fill(_lastSegmentOnCpu, -1);
    }

    public int Finished => _finished;

    /// <summary>Records that <paramref name="job"/> ran on <paramref name="cpu"/> during [start, end); merges with the previous bar when contiguous.</summary>
    public void Run(int job, double start, double end, int cpu = 0, int queue = -1, long ticksLeft = -1, long allotmentLeft = -1)
    {
        if (_firstRun[job] < 0)
        {
            _firstRun[job] = start;
        }

        if (_observer is not null)
        {
            _busy += end - start;
            _observer.Ran(job, start, end, queue, ticksLeft, allotmentLeft);
            return;
        }

        if (end == start)
        {
            return;   // a zero-length job: it has a first run and a completion, but no bar
        }

        var last = _lastSegmentOnCpu[cpu];
        if (last >= 0)
        {
            var previous = _segments[last];
            if (previous.JobId == job && previous.Queue == queue && previous.End == start)
            {
                _segments[last] = previous with { End = end };
                return;
            }
        }

        _lastSegmentOnCpu[cpu] = _segments.Count;
        _segments.Add(new TimelineSegment(job, cpu, start, end, queue));
    }

    public void Finish(int job, double time)
    {
        _completion[job] = time;
        _finished++;
        _observer?.Finished(job, time);
        if (_hasDeadlines && _workload.Jobs[job].Deadline is { } deadline && time > deadline + 1e-9)
        {
            Event(time, job, SchedulingEventKind.DeadlineMiss);
        }
    }

    public void IoStart(int job, double time, double duration)
    {
        _blocked[job] += duration;
        Event(time, job, SchedulingEventKind.IoStart);
    }

    public void Event(double time, int job, SchedulingEventKind kind)
    {
        if (_observer is null)
        {
            _events.Add(new SchedulingEvent(time, job, kind));
        }
        else
        {
            _observer.Happened(time, job, kind);
        }
    }

    /// <summary>Tells the observer only (arrivals are not kept as events).</summary>
    public void Arrive(int job, double time) => _observer?.Happened(time, job, SchedulingEventKind.Arrive);

    /// <summary>Tells the observer only: nothing ran during [from, to).</summary>
    public void Idle(double from, double to) => _observer?.Idle(from, to);

    public SimulationResult Build(string policy, IReadOnlyList<double>? shares = null, int cpus = 1)
    {
        if (_finished != _workload.Count)
        {
            throw new InvalidOperationException($"{policy}: simulation ended with {_workload.Count - _finished} unfinished jobs.");
        }

        var metrics = new JobMetrics[_workload.Count];
        for (var i = 0; i < metrics.Length; i++)
        {
            var job = _workload.Jobs[i];
            metrics[i] = new JobMetrics(i, job.Arrival, job.Runtime, _firstRun[i], _completion[i], _blocked[i], job.Deadline);
        }

        return new SimulationResult(policy, _workload, cpus, _segments, _events, metrics, shares,
            _observer is null ? null : _busy);
    }
}
