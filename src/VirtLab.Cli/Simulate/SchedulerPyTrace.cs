using VirtLab.Scheduling;

namespace VirtLab.Cli.Simulate;

/// <summary>
/// Streams an execution trace in the line format of OSTEP's <c>cpu-sched/scheduler.py</c>:
/// <c>  [ time %3d ] Run job %d for %.2f secs ( DONE at %.2f )</c>, one line per slice. In the extended form (our
/// policies and workloads that scheduler.py cannot express) times keep their decimals, the MLFQ queue is shown, and
/// I/O, boost and deadline-miss events get their own lines.
/// </summary>
internal sealed class SchedulerPyTrace : ISchedulingObserver
{
    private readonly TraceBuffer _out;
    private readonly Workload _workload;
    private readonly bool _fifoStyle;
    private readonly bool _extended;
    private readonly int[] _finishOrder;
    private int _finished;
    private bool _pending;
    private int _pendingJob;
    private double _pendingStart;
    private double _pendingEnd;
    private int _pendingQueue;

    /// <param name="output">Where lines go.</param>
    /// <param name="workload">The jobs (for names in the extended form).</param>
    /// <param name="fifoStyle">scheduler.py's FIFO/SJF line: the job id without padding.</param>
    /// <param name="extended">Our extended form (see the class remarks).</param>
    public SchedulerPyTrace(TraceBuffer output, Workload workload, bool fifoStyle, bool extended)
    {
        _out = output;
        _workload = workload;
        _fifoStyle = fifoStyle;
        _extended = extended;
        _finishOrder = new int[workload.Count];
    }

    /// <summary>Job ids in the order they finished (scheduler.py prints FIFO and SJF statistics in that order).</summary>
    public ReadOnlySpan<int> FinishOrder => _finishOrder.AsSpan(0, _finished);

    /// <inheritdoc/>
    public void Ran(int job, double start, double end, int queue, long ticksLeft, long allotmentLeft)
    {
        WritePending(done: false);
        _pending = true;
        _pendingJob = job;
        _pendingStart = start;
        _pendingEnd = end;
        _pendingQueue = queue;
    }

    /// <inheritdoc/>
    public void Finished(int job, double time)
    {
        _finishOrder[_finished++] = job;
        WritePending(done: true);
    }

    /// <inheritdoc/>
    public void Happened(double time, int job, SchedulingEventKind kind)
    {
        WritePending(done: false);
        if (!_extended || kind == SchedulingEventKind.Arrive)
        {
            return;
        }

        _out.Text("  [ time "u8).Short(time, 3).Text(" ] "u8).Text(kind switch
        {
            SchedulingEventKind.IoStart => "IoStart"u8,
            SchedulingEventKind.IoDone => "IoDone"u8,
            SchedulingEventKind.Boost => "Boost"u8,
            SchedulingEventKind.DeadlineMiss => "DeadlineMiss"u8,
            _ => "Finish"u8,
        });
        if (job >= 0)
        {
            _out.Text(" by job "u8);
            Label(job, 0);
        }

        _out.Line();
    }

    /// <inheritdoc/>
    public void Idle(double from, double to)
    {
    }

    /// <summary>Writes the last slice, if still held back.</summary>
    public void Complete() => WritePending(done: false);

    private void WritePending(bool done)
    {
        if (!_pending)
        {
            return;
        }

        _pending = false;
        _out.Text("  [ time "u8);
        if (_extended)
        {
            _out.Short(_pendingStart, 3);
        }
        else
        {
            _out.IntOf(_pendingStart, 3);
        }

        _out.Text(" ] Run job "u8);
        Label(_pendingJob, _fifoStyle ? 0 : 3);
        _out.Text(" for "u8).Fixed2(_pendingEnd - _pendingStart).Text(" secs"u8);
        if (_extended && _pendingQueue >= 0)
        {
            _out.Text(" at priority "u8).Int(_pendingQueue);
        }

        if (done)
        {
            _out.Text(" ( DONE at "u8).Fixed2(_pendingEnd).Text(" )"u8);
        }

        _out.Line();
    }

    private void Label(int job, int width)
    {
        if (_extended && _workload.Jobs[job].Name is { } name)
        {
            for (var i = name.Length; i < width; i++)
            {
                _out.Text(" "u8);
            }

            _out.Text(name);
            return;
        }

        _out.Int(job, width);
    }
}
