using System.Globalization;
using VirtLab.Scheduling;

namespace VirtLab.Cli.Simulate;

/// <summary>
/// The text <c>virtlab simulate</c> prints: the problem, then with <c>-c</c> the streamed execution trace and the
/// final statistics. FIFO, SJF and RR on scheduler.py's inputs print exactly what OSTEP's <c>scheduler.py</c>
/// prints, MLFQ exactly what <c>mlfq.py</c> prints; other policies and workloads use the extended form.
/// </summary>
internal sealed class SimulationReport
{
    private readonly TraceBuffer _out;
    private readonly string _policyName;
    private readonly ISchedulingPolicy _policy;
    private readonly Workload _workload;
    private readonly IReadOnlyList<(string Name, string Value)> _args;
    private readonly bool _solve;
    private readonly bool _stats;

    /// <param name="output">Where the text goes.</param>
    /// <param name="policyName">The policy as named on the command line (upper case).</param>
    /// <param name="policy">The policy.</param>
    /// <param name="workload">The jobs.</param>
    /// <param name="args">The arguments to echo (ARG lines).</param>
    /// <param name="solve">Whether to print the solution (<c>-c</c>).</param>
    /// <param name="stats">Whether to add our utilisation line (<c>--stats</c>).</param>
    public SimulationReport(TraceBuffer output, string policyName, ISchedulingPolicy policy, Workload workload,
        IReadOnlyList<(string Name, string Value)> args, bool solve, bool stats)
    {
        _out = output;
        _policyName = policyName;
        _policy = policy;
        _workload = workload;
        _args = args;
        _solve = solve;
        _stats = stats;
    }

    /// <summary>scheduler.py's output for FIFO, SJF (<paramref name="fifoStyle"/>) or RR.</summary>
    public void WriteSchedulerPy(bool fifoStyle)
    {
        WriteArgs(quantum: null);
        _out.Text("Here is the job list, with the run time of each job: "u8).Line();
        var random = _workload.Seed is not null;
        foreach (var job in _workload.Jobs)
        {
            _out.Text("  Job "u8).Int(job.Id).Text(" ( length = "u8);
            if (random)
            {
                _out.IntOf(job.Runtime);   // scheduler.py prints its random lengths as ints, listed ones as floats
            }
            else
            {
                _out.PythonFloat(job.Runtime);
            }

            _out.Text(" )"u8).Line();
        }

        _out.Line().Line();
        if (!_solve)
        {
            WriteHomework("Compute the turnaround time, response time, and wait time for each job."u8);
            _out.Line();
            return;
        }

        _out.Text("** Solutions **"u8).Line().Line();
        _out.Text("Execution trace:"u8).Line();
        var trace = new SchedulerPyTrace(_out, _workload, fifoStyle, extended: false);
        var result = _policy.Run(_workload, trace);
        trace.Complete();
        _out.Line().Text("Final statistics:"u8).Line();
        if (fifoStyle)
        {
            WriteRows(result, trace.FinishOrder);
        }
        else
        {
            WriteRows(result, null);
        }

        _out.Line();
        WriteStats(result);
    }

    /// <summary>Our extended form, in scheduler.py's style: arrivals, I/O, names and events shown.</summary>
    /// <param name="quantum">The quantum to echo, for policies that have one.</param>
    public void WriteExtended(double? quantum)
    {
        WriteArgs(quantum);
        _out.Text("Here is the job list, with the arrival time, run time and I/O frequency of each job:"u8).Line();
        foreach (var job in _workload.Jobs)
        {
            _out.Text("  Job "u8);
            if (job.Name is { } name)
            {
                _out.Text(name);
            }
            else
            {
                _out.Int(job.Id);
            }

            _out.Text(" ( arrival = "u8).Short(job.Arrival).Text(", length = "u8).Short(job.Runtime)
                .Text(", ioEvery = "u8).Short(job.IoEvery).Text(" )"u8).Line();
        }

        _out.Line();
        if (!_solve)
        {
            WriteHomework("Compute the response time, turnaround time, and wait time for each job."u8);
            return;
        }

        _out.Text("** Solutions **"u8).Line().Line();
        _out.Text("Execution trace:"u8).Line();
        var trace = new SchedulerPyTrace(_out, _workload, fifoStyle: false, extended: true);
        var result = _policy.Run(_workload, trace);
        trace.Complete();
        _out.Line().Text("Final statistics:"u8).Line();
        WriteRows(result, null);
        WriteStats(result);
    }

    /// <summary>mlfq.py's output.</summary>
    /// <param name="options">The MLFQ options.</param>
    /// <param name="ioTime">The I/O time (<c>-i</c>).</param>
    public void WriteMlfqPy(MlfqOptions options, int ioTime)
    {
        _out.Text("Here is the list of inputs:"u8).Line();
        _out.Text("OPTIONS jobs "u8).Int(_workload.Count).Line();
        _out.Text("OPTIONS queues "u8).Int(options.Queues).Line();
        for (var level = options.Queues - 1; level >= 0; level--)
        {
            var index = options.Queues - 1 - level;
            _out.Text("OPTIONS allotments for queue "u8).Int(level, 2).Text(" is "u8).Int(options.Allotments[index], 3).Line();
            _out.Text("OPTIONS quantum length for queue "u8).Int(level, 2).Text(" is "u8).Int(options.Quanta[index], 3).Line();
        }

        _out.Text("OPTIONS boost "u8).Int(options.BoostPeriod).Line();
        _out.Text("OPTIONS ioTime "u8).Int(ioTime).Line();
        _out.Text("OPTIONS stayAfterIO "u8).Text(options.StayAfterIo ? "True"u8 : "False"u8).Line();
        _out.Text("OPTIONS iobump "u8).Text(options.IoBump ? "True"u8 : "False"u8).Line();
        _out.Line().Line();
        _out.Text("For each job, three defining characteristics are given:"u8).Line();
        _out.Text("  startTime : at what time does the job enter the system"u8).Line();
        _out.Text("  runTime   : the total CPU time needed by the job to finish"u8).Line();
        _out.Text("  ioFreq    : every ioFreq time units, the job issues an I/O"u8).Line();
        _out.Text("              (the I/O takes ioTime units to complete)"u8).Line().Line();
        _out.Text("Job List:"u8).Line();
        foreach (var job in _workload.Jobs)
        {
            _out.Text("  Job "u8).Int(job.Id, 2).Text(": startTime "u8).IntOf(job.Arrival, 3).Text(" - runTime "u8)
                .IntOf(job.Runtime, 3).Text(" - ioFreq "u8).IntOf(job.IoEvery, 3).Line();
        }

        _out.Line();
        if (!_solve)
        {
            _out.Text("Compute the execution trace for the given workloads."u8).Line();
            _out.Text("If you would like, also compute the response and turnaround"u8).Line();
            _out.Text("times for each of the jobs."u8).Line().Line();
            _out.Text("Use the -c flag to get the exact results when you are finished."u8).Line().Line();
            return;
        }

        _out.Line().Text("Execution Trace:"u8).Line().Line();
        var result = _policy.Run(_workload, new MlfqPyTrace(_out, _workload, options.BoostPeriod));
        _out.Line().Text("Final statistics:"u8).Line();
        double responseSum = 0;
        double turnaroundSum = 0;
        foreach (var m in result.Metrics)
        {
            _out.Text("  Job "u8).Int(m.JobId, 2).Text(": startTime "u8).IntOf(m.Arrival, 3).Text(" - response "u8)
                .IntOf(m.Response, 3).Text(" - turnaround "u8).IntOf(m.Turnaround, 3).Line();
            responseSum += m.Response;
            turnaroundSum += m.Turnaround;
        }

        var n = result.Metrics.Count;
        _out.Line().Text("  Avg "u8).Int(n - 1, 2).Text(": startTime n/a - response "u8).Fixed2(responseSum / n)
            .Text(" - turnaround "u8).Fixed2(turnaroundSum / n).Line().Line().Line();
        WriteStats(result);
    }

    private void WriteArgs(double? quantum)
    {
        _out.Text("ARG policy "u8).Text(_policyName).Line();
        foreach (var (name, value) in _args)
        {
            _out.Text("ARG "u8).Text(name).Text(" "u8).Text(value).Line();
        }

        if (quantum is { } q)
        {
            _out.Text("ARG quantum "u8).Short(q).Line();
        }

        _out.Line();
    }

    private void WriteHomework(ReadOnlySpan<byte> firstLine)
    {
        _out.Text(firstLine).Line();
        _out.Text("When you are done, run this program again, with the same arguments,"u8).Line();
        _out.Text("but with -c, which will thus provide you with the answers. You can use"u8).Line();
        _out.Text("-s <somenumber> or your own job list (-l 10,15,20 for example)"u8).Line();
        _out.Text("to generate different problems for yourself."u8).Line();
    }

    /// <summary>Rows in <paramref name="order"/> (or job order), then the averages summed in that same order, as scheduler.py does.</summary>
    private void WriteRows(SimulationResult result, ReadOnlySpan<int> order)
    {
        var metrics = result.Metrics;
        var count = order.IsEmpty ? metrics.Count : order.Length;
        double responseSum = 0;
        double turnaroundSum = 0;
        double waitSum = 0;
        for (var i = 0; i < count; i++)
        {
            var m = metrics[order.IsEmpty ? i : order[i]];
            _out.Text("  Job "u8);
            if (_workload.Jobs[m.JobId].Name is { } name)
            {
                for (var pad = name.Length; pad < 3; pad++)
                {
                    _out.Text(" "u8);
                }

                _out.Text(name);
            }
            else
            {
                _out.Int(m.JobId, 3);
            }

            _out.Text(" -- Response: "u8).Fixed2(m.Response).Text("  Turnaround "u8).Fixed2(m.Turnaround)
                .Text("  Wait "u8).Fixed2(m.Wait).Line();
            responseSum += m.Response;
            turnaroundSum += m.Turnaround;
            waitSum += m.Wait;
        }

        _out.Line().Text("  Average -- Response: "u8).Fixed2(responseSum / count).Text("  Turnaround "u8)
            .Fixed2(turnaroundSum / count).Text("  Wait "u8).Fixed2(waitSum / count).Line();
    }

    private void WriteStats(SimulationResult result)
    {
        if (_stats)
        {
            _out.Text(string.Create(CultureInfo.InvariantCulture,
                $"  CPU utilisation {result.Utilisation:P1}; deadline misses {result.DeadlineMisses}")).Line();
        }
    }
}
