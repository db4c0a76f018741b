using VirtLab.Scheduling;

namespace VirtLab.Cli.Simulate;

/// <summary>
/// Streams an MLFQ execution trace in the line format of OSTEP's <c>cpu-sched-mlfq/mlfq.py</c>: one
/// <c>[ time %d ] Run JOB %d at PRIORITY %d [ TICKS %d ALLOT %d TIME %d (of %d) ]</c> line per tick, plus
/// JOB BEGINS, IO_START, IO_DONE, FINISHED, BOOST and IDLE lines. The simulator jumps from event to event; this
/// expands each slice back into its ticks.
/// </summary>
internal sealed class MlfqPyTrace : ISchedulingObserver
{
    private readonly TraceBuffer _out;
    private readonly long[] _runTime;
    private readonly long[] _timeLeft;
    private readonly long _boost;

    /// <param name="output">Where lines go.</param>
    /// <param name="workload">The jobs (whole-tick run times).</param>
    /// <param name="boost">The boost period, printed on BOOST lines.</param>
    public MlfqPyTrace(TraceBuffer output, Workload workload, long boost)
    {
        _out = output;
        _boost = boost;
        _runTime = new long[workload.Count];
        _timeLeft = new long[workload.Count];
        for (var i = 0; i < workload.Count; i++)
        {
            _runTime[i] = (long)workload.Jobs[i].Runtime;
            _timeLeft[i] = _runTime[i];
        }
    }

    /// <inheritdoc/>
    public void Ran(int job, double start, double end, int queue, long ticksLeft, long allotmentLeft)
    {
        var from = (long)start;
        var ticks = (long)end - from;
        var left = _timeLeft[job];
        var of = _runTime[job];
        for (long k = 1; k <= ticks; k++)
        {
            _out.Text("[ time "u8).Int(from + k - 1).Text(" ] Run JOB "u8).Int(job).Text(" at PRIORITY "u8).Int(queue)
                .Text(" [ TICKS "u8).Int(ticksLeft - k).Text(" ALLOT "u8).Int(allotmentLeft)
                .Text(" TIME "u8).Int(left - k).Text(" (of "u8).Int(of).Text(") ]"u8).Line();
        }

        _timeLeft[job] = left - ticks;
    }

    /// <inheritdoc/>
    public void Finished(int job, double time) =>
        _out.Text("[ time "u8).Int((long)time).Text(" ] FINISHED JOB "u8).Int(job).Line();

    /// <inheritdoc/>
    public void Happened(double time, int job, SchedulingEventKind kind)
    {
        var t = (long)time;
        switch (kind)
        {
            case SchedulingEventKind.Arrive:
                _out.Text("[ time "u8).Int(t).Text(" ] JOB BEGINS by JOB "u8).Int(job).Line();
                break;
            case SchedulingEventKind.IoDone:
                _out.Text("[ time "u8).Int(t).Text(" ] IO_DONE by JOB "u8).Int(job).Line();
                break;
            case SchedulingEventKind.IoStart:
                // mlfq.py prints a bare "IO DONE" right after every IO_START line.
                _out.Text("[ time "u8).Int(t).Text(" ] IO_START by JOB "u8).Int(job).Line().Text("IO DONE"u8).Line();
                break;
            case SchedulingEventKind.Boost:
                _out.Text("[ time "u8).Int(t).Text(" ] BOOST ( every "u8).Int(_boost).Text(" )"u8).Line();
                break;
        }
    }

    /// <inheritdoc/>
    public void Idle(double from, double to)
    {
        for (var t = (long)from; t < (long)to; t++)
        {
            _out.Text("[ time "u8).Int(t).Text(" ] IDLE"u8).Line();
        }
    }
}
