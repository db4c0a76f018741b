namespace VirtLab.Scheduling;

/// <summary>Multi-Level Feedback Queue, with the rules of OSTEP ch. 8 and the exact behaviour of OSTEP <c>mlfq.py</c>.</summary>
/// <remarks>
/// Source: OSTEP ch. 8, "Scheduling: The Multi-Level Feedback Queue". Rules: (1) higher priority runs; (2) equal
/// priority runs round robin; (3) a new job enters the top queue; (4) once a job has used its allotment at a level it
/// moves down one level; (5) every boost period S all jobs move to the top. Queue numbers follow <c>mlfq.py</c>:
/// queue n−1 is the highest priority, 0 the lowest. Time is in integer ticks; per-job response and turnaround match
/// <c>cpu-sched-mlfq/mlfq.py -c</c> tick for tick, including its order of events within a tick (boost, then
/// arrivals, then I/O completions in issue order) and its quirks (an I/O that coincides with the end of a quantum
/// still charges the allotment; a boost also resets jobs that are doing I/O). The simulation jumps from event to
/// event instead of stepping every tick, so its cost grows with the number of slices, not with the run time.
/// </remarks>
public sealed class Mlfq : ISchedulingPolicy
{
    private readonly int[] _quantum;   // indexed by queue number (0 = lowest)
    private readonly int[] _allotment;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">Queues, quanta, allotments, boost and I/O rules.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public Mlfq(MlfqOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        var n = options.Queues;
        _quantum = new int[n];
        _allotment = new int[n];
        for (var i = 0; i < n; i++)
        {
            _quantum[n - 1 - i] = options.Quanta[i];
            _allotment[n - 1 - i] = options.Allotments[i];
        }
    }

    /// <summary>The options.</summary>
    public MlfqOptions Options { get; }

    /// <inheritdoc/>
    public string Name => $"MLFQ({Options})";

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A job's arrival, run time, I/O frequency or I/O time is not a whole number of ticks, or a run time is 0.</exception>
    public SimulationResult Run(Workload workload) => Run(workload, null);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A job's arrival, run time, I/O frequency or I/O time is not a whole number of ticks, or a run time is 0.</exception>
    public SimulationResult Run(Workload workload, ISchedulingObserver? observer)
    {
        Validate(workload);
        var jobs = workload.Jobs;
        var n = jobs.Count;
        var queues = _quantum.Length;
        var hi = queues - 1;
        var priority = new int[n];
        var ticksLeft = new long[n];
        var allotLeft = new long[n];
        var timeLeft = new long[n];
        var seenEpoch = new int[n];   // last boost this job's state reflects (boosts reset lazily)
        var runTime = new long[n];
        var ioFreq = new long[n];
        var ioTime = new long[n];
        for (var i = 0; i < n; i++)
        {
            runTime[i] = (long)jobs[i].Runtime;
            ioFreq[i] = (long)jobs[i].IoEvery;
            ioTime[i] = (long)jobs[i].IoTime;
            priority[i] = hi;
            ticksLeft[i] = _quantum[hi];
            allotLeft[i] = _allotment[hi];
            timeLeft[i] = (long)jobs[i].Runtime;
        }

        var queue = new LinkedJobQueues(queues, n);

        var recorder = new RunRecorder(workload, quantum: _quantum.Min(), observer: observer);
        var feed = new ReadyFeed(workload);
        long boost = Options.BoostPeriod;
        var epoch = 0;
        long t = 0;
        while (recorder.Finished < n)
        {
            if (boost > 0 && t != 0 && t % boost == 0)
            {
                epoch++;
                recorder.Event(t, -1, SchedulingEventKind.Boost);
                for (var q = 0; q < hi; q++)
                {
                    queue.MoveAll(q, hi);
                }

                // Every waiting or blocked job now counts as reset to the top; Touch applies it when the job is next seen.
            }

            while (feed.TryTake(t, out var arriving, out var fromIo, out var at))
            {
                if (fromIo)
                {
                    recorder.Event(at, arriving, SchedulingEventKind.IoDone);
                    Touch(arriving);
                    if (Options.IoBump)
                    {
                        queue.PushFront(priority[arriving], arriving);
                        continue;
                    }
                }
                else
                {
                    recorder.Arrive(arriving, at);
                }

                Touch(arriving);
                queue.Enqueue(priority[arriving], arriving);
            }

            var current = hi;
            while (current >= 0 && queue.Count(current) == 0)
            {
                current--;
            }

            long nextBoost = boost > 0 ? (t / boost + 1) * boost : long.MaxValue;
            if (current < 0)
            {
                var next = feed.NextTime;
                var idleUntil = double.IsPositiveInfinity(next) ? nextBoost : Math.Min(nextBoost, (long)next);
                recorder.Idle(t, idleUntil);
                t = idleUntil;
                continue;
            }

            var j = queue.Peek(current);
            Touch(j);
            if (priority[j] != current)
            {
                throw new InvalidOperationException($"MLFQ invariant broken at t={t}: job {j} has priority {priority[j]} but sits in queue {current}.");
            }

            var ioEvery = ioFreq[j];
            var run = Math.Min(ticksLeft[j], timeLeft[j]);
            if (ioEvery > 0)
            {
                run = Math.Min(run, ioEvery - (runTime[j] - timeLeft[j]) % ioEvery);
            }

            var nextFeed = feed.NextTime;
            var nextEvent = Math.Min(nextBoost, double.IsPositiveInfinity(nextFeed) ? long.MaxValue : (long)nextFeed);
            run = Math.Min(run, nextEvent - t);
            recorder.Run(j, t, t + run, queue: current, ticksLeft: ticksLeft[j], allotmentLeft: allotLeft[j]);
            timeLeft[j] -= run;
            ticksLeft[j] -= run;
            t += run;
            var ticksAtEnd = ticksLeft[j];
            if (timeLeft[j] == 0)
            {
                queue.Dequeue(current);
                recorder.Finish(j, t);
                continue;
            }

            var issuedIo = false;
            if (ioEvery > 0 && (runTime[j] - timeLeft[j]) % ioEvery == 0)
            {
                issuedIo = true;
                queue.Dequeue(current);
                if (Options.StayAfterIo)
                {
                    ticksLeft[j] = _quantum[current];
                    allotLeft[j] = _allotment[current];
                }

                recorder.IoStart(j, t, ioTime[j]);
                feed.IoUntil(j, t + ioTime[j]);
            }

            if (ticksAtEnd == 0)
            {
                if (!issuedIo)
                {
                    queue.Dequeue(current);
                }

                allotLeft[j]--;
                var level = current;
                if (allotLeft[j] == 0)
                {
                    level = current > 0 ? current - 1 : current;
                    priority[j] = level;
                    allotLeft[j] = _allotment[level];
                }

                ticksLeft[j] = _quantum[level];
                if (!issuedIo)
                {
                    queue.Enqueue(level, j);
                }
            }
        }

        return recorder.Build(Name);

        void Touch(int job)
        {
            if (seenEpoch[job] != epoch)
            {
                seenEpoch[job] = epoch;
                priority[job] = hi;
                ticksLeft[job] = _quantum[hi];
                allotLeft[job] = _allotment[hi];
            }
        }
    }

    /// <summary>Checks that MLFQ can run the workload: whole ticks everywhere and no zero-length job.</summary>
    /// <param name="workload">The jobs.</param>
    /// <exception cref="ArgumentException">A job's arrival, run time, I/O frequency or I/O time is not a whole number of ticks, or a run time is 0.</exception>
    public static void Validate(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        foreach (var job in workload.Jobs)
        {
            if (!IsWhole(job.Arrival) || !IsWhole(job.Runtime) || !IsWhole(job.IoEvery) || !IsWhole(job.IoTime))
            {
                throw new ArgumentException($"MLFQ counts time in ticks: job {job.Id} needs whole-number arrival, run time, ioEvery and ioTime.", nameof(workload));
            }

            if (job.Runtime == 0)
            {
                // mlfq.py aborts on such a job too ("should never have less than 0 time left to run").
                throw new ArgumentException($"MLFQ needs every run time >= 1 tick: job {job.Id} has run time 0.", nameof(workload));
            }
        }
    }

    private static bool IsWhole(double value) => value == Math.Floor(value) && value < long.MaxValue / 4;
}
