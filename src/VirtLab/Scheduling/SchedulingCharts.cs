using GenericChart = Plotly.NET.GenericChart;
using VirtLab.Charts;

namespace VirtLab.Scheduling;

/// <summary>Charts of scheduling results, drawn with <see cref="Chart"/>: <c>Scheduler.Fifo.Run(w).Gantt()</c>.</summary>
public static class SchedulingCharts
{
    /// <summary>A Gantt chart of the timeline: one row per job (top to bottom in job order), one bar per run interval.</summary>
    /// <param name="result">A simulation result.</param>
    /// <param name="title">Chart title; default: the policy name.</param>
    public static GenericChart Gantt(this SimulationResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var labels = result.Workload.Jobs.Select(j => "Job " + j.Label).ToArray();
        var rows = result.Timeline.OrderBy(s => s.JobId).ThenBy(s => s.Start)
            .Select(s => new GanttTask(labels[s.JobId], s.Start, s.End, result.Cpus > 1 ? $"CPU {s.Cpu}" : labels[s.JobId]));
        return Chart.Gantt(rows, title ?? result.Policy).WithAxes("time", null);
    }

    /// <summary>A Gantt chart of a credit-scheduler run: one row per physical CPU, coloured by vCPU.</summary>
    /// <param name="result">A credit-scheduler result.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Gantt(this CreditSchedulerResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Timeline.OrderBy(s => s.Cpu).ThenBy(s => s.Start)
            .Select(s => new GanttTask($"pCPU {s.Cpu}", s.Start, s.End, result.VcpuLabels[s.JobId]));
        return Chart.Gantt(rows, title ?? "Credit scheduler").WithAxes("time (ms)", null);
    }

    /// <summary>Grouped bars of average response, turnaround and wait per policy.</summary>
    /// <param name="comparison">Results of several policies on one workload.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart BarChart(this PolicyComparison comparison, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        string[] metrics = ["response", "turnaround", "wait"];
        var bars = comparison.Results
            .Select(r => Chart.Bar(metrics, [r.AverageResponse, r.AverageTurnaround, r.AverageWait], name: r.Policy))
            .ToArray();
        return Chart.Combine(bars).WithTitle(title ?? "Average response, turnaround and wait").WithAxes(null, "time");
    }

    /// <summary>Each job's share of the CPU time used so far, sampled every <paramref name="step"/>: how quickly a
    /// proportional-share policy converges to its target shares.</summary>
    /// <param name="result">A simulation result.</param>
    /// <param name="step">Sampling interval. Range: &gt; 0.</param>
    /// <param name="until">Last sample time; default: the first completion (while every job is still competing).</param>
    /// <exception cref="ArgumentOutOfRangeException">The step is not positive or there would be more than 10 000 samples.</exception>
    public static GenericChart CpuShareOverTime(this SimulationResult result, double step = 1, double? until = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var end = until ?? result.Metrics.Min(m => m.Completion);
        if (!(step > 0) || end / step > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "The step must be > 0 and give at most 10 000 samples.");
        }

        var times = new List<double>();
        for (var t = step; t <= end + 1e-9; t += step)
        {
            times.Add(t);
        }

        var samples = times.Select(t => result.CpuTimeBetween(0, t)).ToArray();
        var lines = Enumerable.Range(0, result.Workload.Count).Select(job =>
            Chart.Line(times, samples.Select(cpu => cpu.Sum() > 0 ? cpu[job] / cpu.Sum() : 0), name: "Job " + result.Workload.Jobs[job].Label))
            .ToArray();
        return Chart.Combine(lines).WithTitle($"{result.Policy}: share of CPU time so far").WithAxes("time", "share of CPU so far");
    }
}
