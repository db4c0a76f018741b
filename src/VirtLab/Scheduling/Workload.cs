using System.Globalization;
using System.Text;
using VirtLab.Display;

namespace VirtLab.Scheduling;

/// <summary>A validated list of jobs to schedule: the input of every policy.</summary>
/// <remarks>Build one from a job list (<see cref="Parse"/>, <see cref="FromRunTimes"/>), from random jobs drawn
/// exactly as OSTEP's homework simulators draw them (<see cref="Random"/>, <see cref="RandomWithIo"/>), or from a
/// CSV file (<see cref="LoadCsv"/>).</remarks>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed partial class Workload : IHtmlRenderable
{
    /// <summary>Creates a workload.</summary>
    /// <param name="jobs">The jobs; job i must have <see cref="Job.Id"/> = i.</param>
    /// <param name="seed">The seed the jobs were drawn with, if they are random.</param>
    /// <exception cref="ArgumentException">The list is empty, an id is out of order, or a field is out of range.</exception>
    public Workload(IEnumerable<Job> jobs, int? seed = null)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var list = jobs.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("The job list is empty: give at least one job.", nameof(jobs));
        }

        for (var i = 0; i < list.Length; i++)
        {
            Validate(list[i], i);
        }

        Jobs = list;
        Seed = seed;
    }

    /// <summary>The jobs, in id order.</summary>
    public IReadOnlyList<Job> Jobs { get; }

    /// <summary>The seed random jobs were drawn with, or <see langword="null"/>.</summary>
    public int? Seed { get; }

    /// <summary>Number of jobs.</summary>
    public int Count => Jobs.Count;

    /// <summary>Parses OSTEP <c>mlfq.py</c>'s job syntax <c>arrival,runtime[,ioEvery]:arrival,runtime[,ioEvery]:...</c>.</summary>
    /// <param name="spec">For example <c>"0,100:0,10:0,10"</c> or <c>"0,200,0:100,20,0"</c>.</param>
    /// <param name="ioTime">Duration of each I/O (OSTEP's <c>-i</c>). Range: ≥ 0.</param>
    /// <exception cref="ArgumentException">The text is empty or a job is malformed or out of range.</exception>
    public static Workload Parse(string spec, double ioTime = 5)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (string.IsNullOrWhiteSpace(spec))
        {
            throw new ArgumentException("The job list is empty: give jobs as arrival,runtime[,ioEvery]:...", nameof(spec));
        }

        var jobs = new List<Job>();
        foreach (var part in spec.Split(':'))
        {
            var fields = part.Split(',');
            if (fields.Length is < 2 or > 3)
            {
                throw new ArgumentException(
                    $"Job {jobs.Count} '{part}' is malformed: expected arrival,runtime[,ioEvery] (jobs separated by ':').", nameof(spec));
            }

            jobs.Add(new Job(jobs.Count, ParseNumber(fields[0], spec), ParseNumber(fields[1], spec),
                fields.Length == 3 ? ParseNumber(fields[2], spec) : 0, ioTime));
        }

        return new Workload(jobs);
    }

    /// <summary>Jobs that all arrive at t = 0 with the given run times, as OSTEP <c>scheduler.py -l 10,15,20</c>.</summary>
    /// <param name="runTimes">Run time per job. Range: ≥ 0 (a zero-length job finishes as soon as it is scheduled, as in scheduler.py).</param>
    /// <exception cref="ArgumentException">The list is empty or a run time is negative.</exception>
    public static Workload FromRunTimes(params double[] runTimes)
    {
        ArgumentNullException.ThrowIfNull(runTimes);
        return new Workload(runTimes.Select((r, i) => new Job(i, 0, r)));
    }

    /// <summary>Parses <c>scheduler.py</c>'s <c>-l</c> syntax: comma-separated run times, all jobs arriving at 0.</summary>
    /// <param name="runTimes">For example <c>"10,15,20"</c>.</param>
    /// <exception cref="ArgumentException">The text is empty or holds something other than numbers ≥ 0.</exception>
    public static Workload ParseRunTimes(string runTimes)
    {
        ArgumentNullException.ThrowIfNull(runTimes);
        if (string.IsNullOrWhiteSpace(runTimes))
        {
            throw new ArgumentException("The job list is empty: give run times such as 10,15,20.", nameof(runTimes));
        }

        return FromRunTimes(runTimes.Split(',').Select(s => ParseNumber(s, runTimes, nameof(runTimes))).ToArray());
    }

    /// <summary>Random jobs drawn exactly as OSTEP <c>cpu-sched/scheduler.py -j count -m maxLength -s seed</c> draws them.</summary>
    /// <param name="count">Number of jobs (<c>-j</c>). Range: ≥ 1.</param>
    /// <param name="maxLength">Maximum run time (<c>-m</c>). Range: ≥ 1.</param>
    /// <param name="seed">Random seed (<c>-s</c>).</param>
    /// <remarks>Run time = ⌊maxLength · random()⌋ + 1 with Python's generator (<see cref="PythonRandom"/>); all arrive at 0.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">count or maxLength is below 1.</exception>
    public static Workload Random(int count, int maxLength, int seed)
    {
        ValidateRandom(count, maxLength);
        var random = new PythonRandom(seed);
        var jobs = new Job[count];
        for (var i = 0; i < count; i++)
        {
            jobs[i] = new Job(i, 0, Math.Floor(maxLength * random.NextDouble()) + 1);
        }

        return new Workload(jobs, seed);
    }

    /// <summary>Random jobs with I/O drawn exactly as OSTEP <c>cpu-sched-mlfq/mlfq.py -j -m -M -s</c> draws them.</summary>
    /// <param name="count">Number of jobs (<c>-j</c>). Range: ≥ 1.</param>
    /// <param name="maxLength">Maximum run time (<c>-m</c>, default 100 there). Range: ≥ 2.</param>
    /// <param name="maxIo">Maximum I/O frequency (<c>-M</c>, default 10 there). Range: ≥ 2.</param>
    /// <param name="seed">Random seed (<c>-s</c>).</param>
    /// <param name="ioTime">Duration of each I/O (<c>-i</c>). Range: ≥ 0.</param>
    /// <remarks>Per job: runtime = ⌊random()·(maxLength − 1) + 1⌋, then ioEvery = ⌊random()·(maxIo − 1) + 1⌋; all arrive at 0.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count or bound is out of range.</exception>
    public static Workload RandomWithIo(int count, int maxLength, int maxIo, int seed, double ioTime = 5)
    {
        ValidateRandom(count, maxLength);
        if (maxIo < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxIo), maxIo, "The maximum I/O frequency must be >= 2.");
        }

        if (maxLength < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "The maximum run time must be >= 2 for jobs with I/O.");
        }

        var random = new PythonRandom(seed);
        var jobs = new Job[count];
        for (var i = 0; i < count; i++)
        {
            var runtime = Math.Floor(random.NextDouble() * (maxLength - 1) + 1);
            var ioEvery = Math.Floor(random.NextDouble() * (maxIo - 1) + 1);
            jobs[i] = new Job(i, 0, runtime, ioEvery, ioTime);
        }

        return new Workload(jobs, seed);
    }

    /// <summary>The jobs that periodic real-time tasks release during [0, horizon): task i releases a job of cost Cᵢ at
    /// 0, Tᵢ, 2Tᵢ, ..., each due at its next release (implicit deadlines).</summary>
    /// <param name="tasks">(Cost Cᵢ, Period Tᵢ) per task, with 0 &lt; Cᵢ and 0 &lt; Tᵢ.</param>
    /// <param name="horizon">End of the release window, usually the hyperperiod (the LCM of the periods). Range: &gt; 0.</param>
    /// <remarks>Source: Liu &amp; Layland, JACM 20(1), 1973 (the periodic task model). Jobs are named "T1.0", "T1.1", ...
    /// and ordered by release time, then task.</remarks>
    /// <exception cref="ArgumentException">No task, a cost or period is not positive, or the horizon is not positive.</exception>
    public static Workload Periodic(IReadOnlyList<(double Cost, double Period)> tasks, double horizon)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        if (tasks.Count == 0)
        {
            throw new ArgumentException("Give at least one periodic task.", nameof(tasks));
        }

        if (!(horizon > 0) || double.IsPositiveInfinity(horizon))
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The horizon must be a finite number > 0.");
        }

        var releases = new List<(double Release, int Task, int Index)>();
        for (var i = 0; i < tasks.Count; i++)
        {
            var (cost, period) = tasks[i];
            if (!(cost > 0) || !(period > 0) || double.IsPositiveInfinity(period))
            {
                throw new ArgumentException($"Task {i + 1}: cost and period must be finite numbers > 0 (got C = {cost}, T = {period}).", nameof(tasks));
            }

            var k = 0;
            for (var release = 0.0; release < horizon; release = ++k * period)
            {
                releases.Add((release, i, k));
            }
        }

        var jobs = releases.OrderBy(r => r.Release).ThenBy(r => r.Task)
            .Select((r, id) => new Job(id, r.Release, tasks[r.Task].Cost, Deadline: r.Release + tasks[r.Task].Period,
                Name: string.Create(CultureInfo.InvariantCulture, $"T{r.Task + 1}.{r.Index}")));
        return new Workload(jobs);
    }

    /// <summary>A copy in which every job's I/O lasts <paramref name="ioTime"/>.</summary>
    /// <param name="ioTime">Duration of each I/O. Range: ≥ 0.</param>
    public Workload WithIoTime(double ioTime) => new(Jobs.Select(j => j with { IoTime = ioTime }), Seed);

    /// <summary>A copy with the given display names, in job order (for example "A", "B", "C").</summary>
    /// <param name="names">One name per job.</param>
    /// <exception cref="ArgumentException">The number of names differs from the number of jobs.</exception>
    public Workload WithNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Length != Count)
        {
            throw new ArgumentException($"Give one name per job: {Count} jobs, {names.Length} names.", nameof(names));
        }

        return new Workload(Jobs.Select((j, i) => j with { Name = names[i] }), Seed);
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Workload of {Count} jobs");
        foreach (var job in Jobs.Take(20))
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture,
                $"  Job {job.Label}: arrival {job.Arrival:0.##}, runtime {job.Runtime:0.##}, ioEvery {job.IoEvery:0.##}");
        }

        if (Count > 20)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  ... {Count - 20} more");
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public string ToHtml()
    {
        var html = new StringBuilder("<table><thead><tr><th>Job</th><th>Arrival</th><th>Runtime</th><th>I/O every</th><th>I/O time</th><th>Nice</th><th>Tickets</th><th>Deadline</th></tr></thead><tbody>");
        foreach (var j in Jobs.Take(200))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{System.Net.WebUtility.HtmlEncode(j.Label)}</td><td>{j.Arrival:0.##}</td><td>{j.Runtime:0.##}</td><td>{j.IoEvery:0.##}</td><td>{j.IoTime:0.##}</td><td>{j.Nice}</td><td>{j.Tickets}</td><td>{(j.Deadline is { } d ? d.ToString("0.##", CultureInfo.InvariantCulture) : "")}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static void Validate(Job job, int index)
    {
        ArgumentNullException.ThrowIfNull(job, "jobs");
        if (job.Id != index)
        {
            throw new ArgumentException($"Job at position {index} has id {job.Id}: ids must be 0, 1, 2, ... in order.", "jobs");
        }

        if (!(job.Arrival >= 0) || double.IsPositiveInfinity(job.Arrival))
        {
            throw new ArgumentException($"Job {index}: arrival must be a finite number >= 0 (got {job.Arrival}).", "jobs");
        }

        if (!(job.Runtime >= 0) || double.IsPositiveInfinity(job.Runtime))
        {
            throw new ArgumentException($"Job {index}: run time must be a finite number >= 0 (got {job.Runtime}).", "jobs");
        }

        if (!(job.IoEvery >= 0) || double.IsPositiveInfinity(job.IoEvery))
        {
            throw new ArgumentException($"Job {index}: ioEvery must be a finite number >= 0 (got {job.IoEvery}).", "jobs");
        }

        if (!(job.IoTime >= 0) || double.IsPositiveInfinity(job.IoTime))
        {
            throw new ArgumentException($"Job {index}: ioTime must be a finite number >= 0 (got {job.IoTime}).", "jobs");
        }

        if (job.Nice is < -20 or > 19)
        {
            throw new ArgumentException($"Job {index}: nice must be in -20..19 (got {job.Nice}).", "jobs");
        }

        if (job.Tickets < 1)
        {
            throw new ArgumentException($"Job {index}: tickets must be >= 1 (got {job.Tickets}).", "jobs");
        }

        if (job.Deadline is { } d && (double.IsNaN(d) || d < job.Arrival))
        {
            throw new ArgumentException($"Job {index}: deadline must be >= its arrival {job.Arrival} (got {d}).", "jobs");
        }
    }

    private static void ValidateRandom(int count, int maxLength)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The number of jobs must be >= 1.");
        }

        if (maxLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "The maximum run time must be >= 1.");
        }
    }

    private static double ParseNumber(string text, string spec, string parameter = "spec")
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new ArgumentException($"'{text}' in '{spec}' is not a number.", parameter);
        }

        return value;
    }
}
