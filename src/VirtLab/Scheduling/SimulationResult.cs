using System.Globalization;
using System.Net;
using System.Text;
using VirtLab.Display;

namespace VirtLab.Scheduling;

/// <summary>Everything one simulation produced: who ran where and when, events, per-job metrics and summaries.</summary>
/// <remarks>Metric definitions: OSTEP ch. 7 (see <see cref="JobMetrics"/>); fairness: Jain et al. 1984 (see
/// <see cref="Fairness.Jain"/>). A Gantt chart is one bar per <see cref="Timeline"/> segment (row = job, x = start..end).</remarks>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class SimulationResult : IHtmlRenderable
{
    private readonly IReadOnlyList<double> _shares;

    internal SimulationResult(string policy, Workload workload, int cpus, IReadOnlyList<TimelineSegment> timeline,
        IReadOnlyList<SchedulingEvent> events, IReadOnlyList<JobMetrics> metrics, IReadOnlyList<double>? shares,
        double? streamedBusyTime = null)
    {
        IsStreamed = streamedBusyTime is not null;
        Policy = policy;
        Workload = workload;
        Cpus = cpus;
        Timeline = timeline;
        Events = events;
        Metrics = metrics;
        _shares = shares ?? Enumerable.Repeat(1.0, workload.Count).ToArray();
        AverageResponse = metrics.Average(m => m.Response);
        AverageTurnaround = metrics.Average(m => m.Turnaround);
        AverageWait = metrics.Average(m => m.Wait);
        Start = workload.Jobs.Min(j => j.Arrival);
        Makespan = metrics.Max(m => m.Completion);
        double busy = 0;
        foreach (var segment in timeline)
        {
            busy += segment.Duration;
        }

        BusyTime = streamedBusyTime ?? busy;
        DeadlineMisses = metrics.Count(m => m.MissedDeadline);
    }

    /// <summary>Policy name with its parameters, for example <c>RR(q=1)</c>.</summary>
    public string Policy { get; }

    /// <summary>The simulated workload.</summary>
    public Workload Workload { get; }

    /// <summary>Whether the trace was streamed to an <see cref="ISchedulingObserver"/> instead of kept: then
    /// <see cref="Timeline"/> and <see cref="Events"/> are empty and <see cref="JainFairness"/> is <see langword="null"/>.</summary>
    public bool IsStreamed { get; }

    /// <summary>Number of CPUs simulated.</summary>
    public int Cpus { get; }

    /// <summary>Who ran on which CPU and when, in time order per CPU; contiguous runs of one job are merged.</summary>
    public IReadOnlyList<TimelineSegment> Timeline { get; }

    /// <summary>I/O, boost and deadline-miss events in time order.</summary>
    public IReadOnlyList<SchedulingEvent> Events { get; }

    /// <summary>Per-job response, turnaround and wait, in job order.</summary>
    public IReadOnlyList<JobMetrics> Metrics { get; }

    /// <summary>Mean response time.</summary>
    public double AverageResponse { get; }

    /// <summary>Mean turnaround time.</summary>
    public double AverageTurnaround { get; }

    /// <summary>Mean wait time.</summary>
    public double AverageWait { get; }

    /// <summary>Earliest arrival.</summary>
    public double Start { get; }

    /// <summary>Time the last job finished.</summary>
    public double Makespan { get; }

    /// <summary>Total CPU time used by jobs (all CPUs).</summary>
    public double BusyTime { get; }

    /// <summary>CPU utilisation = busy time / (CPUs · (makespan − first arrival)), in [0, 1].</summary>
    public double Utilisation => Makespan > Start ? BusyTime / (Cpus * (Makespan - Start)) : 1;

    /// <summary>Number of jobs that finished after their deadline.</summary>
    public int DeadlineMisses { get; }

    /// <summary>
    /// Jain's index of the weight-normalised CPU time each job received while all jobs were present
    /// (from the last arrival to the first completion); <see langword="null"/> when that window is empty or the
    /// trace was streamed (<see cref="IsStreamed"/>).
    /// </summary>
    /// <remarks>Each job's CPU time is divided by its share (tickets for lottery and stride, the nice weight for CFS,
    /// 1 otherwise), so 1.0 means "exactly proportional". Source: Jain, Chiu, Hawe, DEC-TR-301, 1984.</remarks>
    public double? JainFairness
    {
        get
        {
            if (IsStreamed)
            {
                return null;
            }

            var from = Workload.Jobs.Max(j => j.Arrival);
            var to = Metrics.Min(m => m.Completion);
            if (!(to > from))
            {
                return null;
            }

            var cpu = CpuTimeBetween(from, to);
            return Fairness.Jain(cpu.Select((c, i) => c / _shares[i]).ToArray());
        }
    }

    /// <summary>CPU time each job received during [from, to), in job order.</summary>
    /// <param name="from">Window start.</param>
    /// <param name="to">Window end. Range: to ≥ from.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public double[] CpuTimeBetween(double from, double to)
    {
        if (!(to >= from))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The window end must be >= its start {from}.");
        }

        var cpu = new double[Workload.Count];
        foreach (var s in Timeline)
        {
            var overlap = Math.Min(s.End, to) - Math.Max(s.Start, from);
            if (overlap > 0)
            {
                cpu[s.JobId] += overlap;
            }
        }

        return cpu;
    }

    /// <summary>Who ran in each time step from 0 to the makespan, one character per step: the first character of the
    /// job's label (or its id's last digit), '.' when the CPU idled. On several CPUs, CPU 0 is shown.</summary>
    /// <param name="step">Length of one step. Range: &gt; 0.</param>
    /// <remarks>Like the schedule strings of OSTEP ch. 9 ("ABAAB..."): handy to predict and to check by eye.
    /// A step shows the job that ran at its start.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The step is not positive, or the string would exceed 100 000 characters.</exception>
    public string ScheduleString(double step = 1)
    {
        if (!(step > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "The step must be > 0.");
        }

        var length = (int)Math.Ceiling(Makespan / step - 1e-9);
        if (length > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"The schedule would have {length} characters; use a larger step.");
        }

        var text = new char[length];
        Array.Fill(text, '.');
        foreach (var s in Timeline.Where(s => s.Cpu == 0))
        {
            var label = Workload.Jobs[s.JobId].Label;
            for (var i = (int)Math.Ceiling(s.Start / step - 1e-9); i < length && i * step < s.End - 1e-9; i++)
            {
                text[i] = label[0];
            }
        }

        return new string(text);
    }

    /// <summary>An OSTEP-style execution trace: one line per run interval and event, in time order.</summary>
    public string FormatTrace()
    {
        var lines = new List<(double Time, int Order, string Text)>();
        foreach (var s in Timeline)
        {
            var job = Workload.Jobs[s.JobId];
            var text = FormattableString.Invariant($"  [ time {s.Start,3:0.##} ] Run job {job.Label,3} for {s.Duration:F2} secs");
            if (s.Queue >= 0)
            {
                text += FormattableString.Invariant($" at priority {s.Queue}");
            }

            if (Cpus > 1)
            {
                text += FormattableString.Invariant($" on cpu {s.Cpu}");
            }

            if (Metrics[s.JobId].Completion == s.End)
            {
                text += FormattableString.Invariant($" ( DONE at {s.End:F2} )");
            }

            lines.Add((s.Start, 1, text));
        }

        foreach (var e in Events)
        {
            var who = e.JobId >= 0 ? " by job " + Workload.Jobs[e.JobId].Label : "";
            lines.Add((e.Time, 0, FormattableString.Invariant($"  [ time {e.Time,3:0.##} ] {e.Kind}{who}")));
        }

        return string.Join(Environment.NewLine, lines.OrderBy(l => l.Time).ThenBy(l => l.Order).Select(l => l.Text));
    }

    /// <summary>The final table: one row per job, then averages and summaries, as OSTEP's simulators print it.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Policy}: {Metrics.Count} jobs on {Cpus} CPU(s)").AppendLine();
        foreach (var m in Metrics.Take(50))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  Job {Workload.Jobs[m.JobId].Label,3} -- Response: {m.Response:F2}  Turnaround {m.Turnaround:F2}  Wait {m.Wait:F2}").AppendLine();
        }

        if (Metrics.Count > 50)
        {
            text.Append(CultureInfo.InvariantCulture, $"  ... {Metrics.Count - 50} more jobs").AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture,
            $"  Average -- Response: {AverageResponse:F2}  Turnaround {AverageTurnaround:F2}  Wait {AverageWait:F2}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  Utilisation {Utilisation:P1}, deadline misses {DeadlineMisses}");
        if (JainFairness is { } jain)
        {
            text.Append(CultureInfo.InvariantCulture, $", Jain fairness {jain:F3}");
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div><b>{WebUtility.HtmlEncode(Policy)}</b>: {Metrics.Count} jobs on {Cpus} CPU(s)</div>");
        html.Append("<table><thead><tr><th>Job</th><th>Arrival</th><th>Runtime</th><th>First run</th><th>Completion</th><th>Response</th><th>Turnaround</th><th>Wait</th></tr></thead><tbody>");
        foreach (var m in Metrics.Take(200))
        {
            var miss = m.MissedDeadline ? " (missed deadline)" : "";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{WebUtility.HtmlEncode(Workload.Jobs[m.JobId].Label)}{miss}</td><td>{m.Arrival:0.##}</td><td>{m.Runtime:0.##}</td><td>{m.FirstRun:0.##}</td><td>{m.Completion:0.##}</td><td>{m.Response:0.##}</td><td>{m.Turnaround:0.##}</td><td>{m.Wait:0.##}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<tr><td><b>Average</b></td><td></td><td></td><td></td><td></td><td><b>{AverageResponse:0.##}</b></td><td><b>{AverageTurnaround:0.##}</b></td><td><b>{AverageWait:0.##}</b></td></tr></tbody></table>");
        html.Append(CultureInfo.InvariantCulture, $"<div>Utilisation {Utilisation:P1} · deadline misses {DeadlineMisses}");
        if (JainFairness is { } jain)
        {
            html.Append(CultureInfo.InvariantCulture, $" · Jain fairness {jain:F3}");
        }

        return html.Append("</div>").ToString();
    }
}
