using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using VirtLab.Cli.Simulate;
using VirtLab.Scheduling;

namespace VirtLab.Cli.Commands;

/// <summary><c>virtlab simulate</c>: CPU-scheduling problems and their solutions, in the style of OSTEP's
/// <c>scheduler.py</c> and <c>mlfq.py</c>: same flags, same random jobs for the same seed, and for FIFO, SJF and RR
/// on scheduler.py's job lists and for MLFQ the same text, byte for byte (tested against their captured output).</summary>
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
    private static readonly Option<bool> s_stats = new("--stats") { Description = "With -c, also print CPU utilisation and deadline misses (not part of OSTEP's output)" };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("simulate", "Pose or solve a CPU-scheduling problem (FIFO, SJF, STCF, RR, MLFQ, lottery, stride, CFS, EDF), OSTEP-style.");
        foreach (var option in new Option[] { s_policy, s_jobList, s_workload, s_jobs, s_maxLength, s_maxIo, s_seed, s_quantum, s_queues, s_allotment, s_quanta, s_allotments, s_boost, s_ioTime, s_stay, s_ioBump, s_solve, s_json, s_stats })
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
            if (isMlfq)
            {
                Mlfq.Validate(workload);   // before anything is printed
            }

            if (parse.GetValue(s_json))
            {
                if (!JsonSerializer.IsReflectionEnabledByDefault)
                {
                    // The Native AOT build of this command (tests/VirtLab.Benchmarks/Scheduling/SimulateAot) has no reflection.
                    error.WriteLine("error: --json needs the full virtlab CLI (this native build prints text only).");
                    return 2;
                }

                output.WriteLine(ToJson(policy, args, policy.Run(workload)));
                return 0;
            }

            // The console's own writer flushes on every line; write the bytes ourselves, in 64 KiB blocks.
            using var stdout = ReferenceEquals(output, Console.Out) ? Console.OpenStandardOutput() : null;
            using var buffer = stdout is null ? new TraceBuffer(output) : new TraceBuffer(stdout);
            var report = new SimulationReport(buffer, policyName, policy, workload, args, parse.GetValue(s_solve), parse.GetValue(s_stats));
            if (mlfq is not null)
            {
                report.WriteMlfqPy(mlfq, parse.GetValue(s_ioTime));
            }
            else if (policyName is "FIFO" or "SJF" or "RR" && IsSchedulerPyInput(parse))
            {
                report.WriteSchedulerPy(fifoStyle: policyName != "RR");
            }
            else
            {
                report.WriteExtended(policyName is "RR" or "LOTTERY" or "STRIDE" ? quantum : null);
            }

            return 0;
        }
        catch (ArgumentException e)
        {
            error.WriteLine("error: " + e.Message);
            return 2;
        }
    }

    /// <summary>Whether scheduler.py could pose this problem: random jobs or a list of run times (no arrivals, no I/O).</summary>
    private static bool IsSchedulerPyInput(ParseResult parse) =>
        parse.GetValue(s_workload) is null && (parse.GetValue(s_jobList) is not { } list || !list.Contains(':'));

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
