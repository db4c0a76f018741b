using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using VirtLab.Scheduling;

namespace VirtLab.Cli.Commands;

/// <summary><c>virtlab simulate</c>: CPU-scheduling problems and their solutions, in the style of OSTEP's
/// <c>scheduler.py</c> and <c>mlfq.py</c> (same flags, same random jobs for the same seed, same answers).</summary>
internal static class SimulateCommand
{
    private static readonly Option<string> s_policy = new("--policy", "-p") { Description = "Policy: " + string.Join(", ", Scheduler.PolicyNames), DefaultValueFactory = _ => "FIFO" };
    private static readonly Option<string?> s_jobList = new("--jlist", "-l") { Description = "Jobs: run times '10,15,20' (scheduler.py), or 'arrival,runtime[,ioEvery]:...' (mlfq.py; always for MLFQ)" };
    private static readonly Option<string?> s_workload = new("--workload", "-w") { Description = "Jobs from a CSV file (see data/workloads/README.md)" };
    private static readonly Option<int> s_jobs = new("--jobs", "-j") { Description = "Number of random jobs", DefaultValueFactory = _ => 3 };
    private static readonly Option<int?> s_maxLength = new("--maxlen", "-m") { Description = "Maximum run time of a random job (default 10, MLFQ 100)" };
    private static readonly Option<int> s_maxIo = new("--maxio", "-M") { Description = "Maximum I/O frequency of a random MLFQ job", DefaultValueFactory = _ => 10 };
    private static readonly Option<int> s_seed = new("--seed", "-s") { Description = "Random seed", DefaultValueFactory = _ => 0 };
    private static readonly Option<double?> s_quantum = new("--quantum", "-q") { Description = "Time slice (default 1; MLFQ: every queue, default 10)" };
    private static readonly Option<int> s_queues = new("--numQueues", "-n") { Description = "MLFQ: number of queues (if not using -Q)", DefaultValueFactory = _ => 3 };
    private static readonly Option<int> s_allotment = new("--allotment", "-a") { Description = "MLFQ: allotment in quanta at every level (if not using -A)", DefaultValueFactory = _ => 1 };
    private static readonly Option<string?> s_quanta = new("--quantumList", "-Q") { Description = "MLFQ: quantum per queue, highest priority first, e.g. 10,20,40" };
    private static readonly Option<string?> s_allotments = new("--allotmentList", "-A") { Description = "MLFQ: allotment per queue, highest priority first" };
    private static readonly Option<int> s_boost = new("--boost", "-B") { Description = "MLFQ: boost all jobs to the top queue every B ticks (0 = never)", DefaultValueFactory = _ => 0 };
    private static readonly Option<int> s_ioTime = new("--iotime", "-i") { Description = "Duration of each I/O", DefaultValueFactory = _ => 5 };
    private static readonly Option<bool> s_stay = new("--stay", "-S") { Description = "MLFQ: reset quantum and allotment when a job issues I/O (gameable rule)" };
    private static readonly Option<bool> s_ioBump = new("--iobump", "-I") { Description = "MLFQ: a job finishing I/O goes to the front of its queue" };
    private static readonly Option<bool> s_solve = new("--solve", "-c") { Description = "Compute the answers: print the execution trace and the final table" };
    private static readonly Option<bool> s_json = new("--json") { Description = "Print the solution as JSON" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("simulate", "Pose or solve a CPU-scheduling problem (FIFO, SJF, STCF, RR, MLFQ, lottery, stride, CFS, EDF), OSTEP-style.");
        foreach (var option in new Option[] { s_policy, s_jobList, s_workload, s_jobs, s_maxLength, s_maxIo, s_seed, s_quantum, s_queues, s_allotment, s_quanta, s_allotments, s_boost, s_ioTime, s_stay, s_ioBump, s_solve, s_json })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Execute(parse, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Execute(ParseResult parse, TextWriter output, TextWriter error)
    {
        try
        {
            var policyName = parse.GetValue(s_policy)!.ToUpperInvariant();
            var isMlfq = policyName == "MLFQ";
            var quantum = parse.GetValue(s_quantum) ?? (isMlfq ? 10 : 1);
            var mlfq = isMlfq ? MlfqOptionsFrom(parse, quantum) : null;
            var policy = Scheduler.ByName(policyName, quantum, parse.GetValue(s_seed), mlfq);
            var (workload, args) = WorkloadFrom(parse, isMlfq);
            var result = policy.Run(workload);   // validates before anything is printed

            if (parse.GetValue(s_json))
            {
                output.WriteLine(ToJson(policy, args, result));
                return 0;
            }

            output.WriteLine(FormattableString.Invariant($"ARG policy {policyName}"));
            foreach (var (name, value) in args)
            {
                output.WriteLine(FormattableString.Invariant($"ARG {name} {value}"));
            }

            if (policyName is "RR" or "LOTTERY" or "STRIDE")
            {
                output.WriteLine(FormattableString.Invariant($"ARG quantum {quantum}"));
            }

            if (mlfq is not null)
            {
                output.WriteLine(FormattableString.Invariant($"ARG queues {mlfq.Queues}"));
                for (var i = 0; i < mlfq.Queues; i++)
                {
                    var level = mlfq.Queues - 1 - i;
                    output.WriteLine(FormattableString.Invariant($"ARG quantum length for queue {level,2} is {mlfq.Quanta[i],3}"));
                    output.WriteLine(FormattableString.Invariant($"ARG allotment for queue {level,2} is {mlfq.Allotments[i],3}"));
                }

                output.WriteLine(FormattableString.Invariant($"ARG boost {mlfq.BoostPeriod}"));
                output.WriteLine(FormattableString.Invariant($"ARG ioTime {parse.GetValue(s_ioTime)}"));
                output.WriteLine(FormattableString.Invariant($"ARG stayAfterIO {mlfq.StayAfterIo}"));
                output.WriteLine(FormattableString.Invariant($"ARG iobump {mlfq.IoBump}"));
            }

            output.WriteLine();
            output.WriteLine("Here is the job list, with the arrival time, run time and I/O frequency of each job:");
            foreach (var job in workload.Jobs)
            {
                output.WriteLine(FormattableString.Invariant($"  Job {job.Label} ( arrival = {job.Arrival:0.##}, length = {job.Runtime:0.##}, ioEvery = {job.IoEvery:0.##} )"));
            }

            output.WriteLine();
            if (!parse.GetValue(s_solve))
            {
                output.WriteLine("Compute the response time, turnaround time, and wait time for each job.");
                output.WriteLine("When you are done, run this program again, with the same arguments,");
                output.WriteLine("but with -c, which will thus provide you with the answers. You can use");
                output.WriteLine("-s <somenumber> or your own job list (-l 10,15,20 for example)");
                output.WriteLine("to generate different problems for yourself.");
                return 0;
            }

            output.WriteLine("** Solutions **");
            output.WriteLine();
            output.WriteLine("Execution trace:");
            output.WriteLine(result.FormatTrace());
            output.WriteLine();
            output.WriteLine("Final statistics:");
            foreach (var m in result.Metrics)
            {
                output.WriteLine(FormattableString.Invariant(
                    $"  Job {workload.Jobs[m.JobId].Label,3} -- Response: {m.Response:F2}  Turnaround {m.Turnaround:F2}  Wait {m.Wait:F2}"));
            }

            output.WriteLine();
            output.WriteLine(FormattableString.Invariant(
                $"  Average -- Response: {result.AverageResponse:F2}  Turnaround {result.AverageTurnaround:F2}  Wait {result.AverageWait:F2}"));
            output.WriteLine(FormattableString.Invariant($"  CPU utilisation {result.Utilisation:P1}; deadline misses {result.DeadlineMisses}"));
            return 0;
        }
        catch (ArgumentException e)
        {
            error.WriteLine("error: " + e.Message);
            return 2;
        }
    }

    private static MlfqOptions MlfqOptionsFrom(ParseResult parse, double quantum)
    {
        if (quantum != Math.Floor(quantum))
        {
            throw new ArgumentOutOfRangeException("quantum", quantum, "MLFQ quanta are whole ticks.");
        }

        var quanta = parse.GetValue(s_quanta) is { Length: > 0 } q
            ? ParseInts(q, "quantumList")
            : Enumerable.Repeat((int)quantum, parse.GetValue(s_queues)).ToArray();
        if (quanta.Length == 0)
        {
            throw new ArgumentOutOfRangeException("numQueues", parse.GetValue(s_queues), "The number of queues must be >= 1.");
        }

        var allotments = parse.GetValue(s_allotments) is { Length: > 0 } a
            ? ParseInts(a, "allotmentList")
            : Enumerable.Repeat(parse.GetValue(s_allotment), quanta.Length).ToArray();
        var options = new MlfqOptions(quanta, allotments, parse.GetValue(s_boost), parse.GetValue(s_stay), parse.GetValue(s_ioBump));
        options.Validate();
        return options;
    }

    private static (Workload Workload, List<(string Name, string Value)> Args) WorkloadFrom(ParseResult parse, bool isMlfq)
    {
        var args = new List<(string, string)>();
        var ioTime = parse.GetValue(s_ioTime);
        if (ioTime < 0)
        {
            throw new ArgumentOutOfRangeException("iotime", ioTime, "The I/O time must be >= 0.");
        }

        if (parse.GetValue(s_workload) is { } path)
        {
            args.Add(("workload", path));
            if (!File.Exists(path))
            {
                throw new ArgumentException($"Workload file '{path}' does not exist.", "workload");
            }

            return (Workload.LoadCsv(path), args);
        }

        if (parse.GetValue(s_jobList) is { } list)
        {
            args.Add(("jlist", list));
            var workload = isMlfq || list.Contains(':')
                ? Workload.Parse(list, ioTime)
                : Workload.ParseRunTimes(list);
            return (workload, args);
        }

        var jobs = parse.GetValue(s_jobs);
        var maxLength = parse.GetValue(s_maxLength) ?? (isMlfq ? 100 : 10);
        var seed = parse.GetValue(s_seed);
        args.Add(("jobs", jobs.ToString(CultureInfo.InvariantCulture)));
        args.Add(("maxlen", maxLength.ToString(CultureInfo.InvariantCulture)));
        if (isMlfq)
        {
            args.Add(("maxio", parse.GetValue(s_maxIo).ToString(CultureInfo.InvariantCulture)));
        }

        args.Add(("seed", seed.ToString(CultureInfo.InvariantCulture)));
        return (isMlfq ? Workload.RandomWithIo(jobs, maxLength, parse.GetValue(s_maxIo), seed, ioTime) : Workload.Random(jobs, maxLength, seed), args);
    }

    private static int[] ParseInts(string text, string parameter) =>
        text.Split(',').Select(s => int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ArgumentException($"'{s}' in '{text}' is not a whole number.", parameter)).ToArray();

    private static string ToJson(ISchedulingPolicy policy, List<(string Name, string Value)> args, SimulationResult result)
    {
        var document = new
        {
            policy = policy.Name,
            args = args.ToDictionary(a => a.Name, a => a.Value),
            jobs = result.Workload.Jobs.Select(j => new { id = j.Id, name = j.Label, arrival = j.Arrival, runtime = j.Runtime, ioEvery = j.IoEvery, ioTime = j.IoTime, nice = j.Nice, tickets = j.Tickets, deadline = j.Deadline }),
            timeline = result.Timeline.Select(s => new { job = s.JobId, cpu = s.Cpu, start = s.Start, end = s.End, queue = s.Queue }),
            events = result.Events.Select(e => new { time = e.Time, job = e.JobId, kind = e.Kind.ToString() }),
            metrics = result.Metrics.Select(m => new { job = m.JobId, arrival = m.Arrival, runtime = m.Runtime, firstRun = m.FirstRun, completion = m.Completion, response = m.Response, turnaround = m.Turnaround, wait = m.Wait, missedDeadline = m.MissedDeadline }),
            averages = new { response = result.AverageResponse, turnaround = result.AverageTurnaround, wait = result.AverageWait },
            utilisation = result.Utilisation,
            jainFairness = result.JainFairness,
            deadlineMisses = result.DeadlineMisses,
        };
        return JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true });
    }
}
