namespace VirtLab.Scheduling;

/// <summary>
/// Delivers jobs as they become runnable: arrivals in (arrival, id) order merged with I/O completions in
/// (time, issue order). At equal times arrivals come first, as in OSTEP's <c>mlfq.py</c>.
/// </summary>
internal sealed class ReadyFeed
{
    private readonly double[] _arrival;
    private readonly int[] _order;
    private readonly PriorityQueue<int, (double Time, long Seq)> _io = new();
    private int _next;
    private long _seq;

    public ReadyFeed(Workload workload)
    {
        var n = workload.Count;
        _arrival = new double[n];
        _order = new int[n];
        var sorted = true;
        for (var i = 0; i < n; i++)
        {
            _arrival[i] = workload.Jobs[i].Arrival;
            _order[i] = i;
            if (i > 0 && _arrival[i] < _arrival[i - 1])
            {
                sorted = false;
            }
        }

        if (!sorted)
        {
            // Stable by id within equal arrival times.
            Array.Sort(_order, (a, b) => _arrival[a] != _arrival[b] ? _arrival[a].CompareTo(_arrival[b]) : a.CompareTo(b));
        }
    }

    /// <summary>Earliest time something becomes runnable, or +∞ when nothing is pending.</summary>
    public double NextTime
    {
        get
        {
            var next = _next < _order.Length ? _arrival[_order[_next]] : double.PositiveInfinity;
            if (_io.TryPeek(out _, out var top) && top.Time < next)
            {
                next = top.Time;
            }

            return next;
        }
    }

    /// <summary>Takes the next job that is runnable at or before <paramref name="time"/>.</summary>
    public bool TryTake(double time, out int job, out bool fromIo, out double at)
    {
        var arrival = _next < _order.Length ? _arrival[_order[_next]] : double.PositiveInfinity;
        var hasIo = _io.TryPeek(out var ioJob, out var top);
        if (arrival <= time && (!hasIo || arrival <= top.Time))
        {
            job = _order[_next++];
            fromIo = false;
            at = arrival;
            return true;
        }

        if (hasIo && top.Time <= time)
        {
            _io.Dequeue();
            job = ioJob;
            fromIo = true;
            at = top.Time;
            return true;
        }

        job = -1;
        fromIo = false;
        at = double.NaN;
        return false;
    }

    /// <summary>Schedules the end of an I/O.</summary>
    public void IoUntil(int job, double time) => _io.Enqueue(job, (time, _seq++));
}
