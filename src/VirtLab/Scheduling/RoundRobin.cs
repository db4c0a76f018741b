using System.Globalization;

namespace VirtLab.Scheduling;

/// <summary>Round Robin: run the job at the head of the ready queue for one quantum, then move it to the tail.</summary>
/// <remarks>
/// Source: OSTEP ch. 7, "Round Robin" (time slice = quantum); metrics match OSTEP <c>cpu-sched/scheduler.py -p RR -q</c>
/// (tested). Rules where the book is silent: a job that arrives, or finishes its I/O, at the instant a quantum ends
/// joins the queue before the preempted job; a job that issues I/O leaves the CPU and rejoins at the tail when the I/O
/// completes, with a fresh quantum. Event-driven: cost O((jobs + slices) log(I/O in flight)), no per-tick work.
/// </remarks>
public sealed class RoundRobin : ISchedulingPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="quantum">Time slice q. Range: 0 &lt; q &lt; ∞.</param>
    /// <exception cref="ArgumentOutOfRangeException">The quantum is not a finite positive number.</exception>
    public RoundRobin(double quantum)
    {
        if (!(quantum > 0) || double.IsPositiveInfinity(quantum))
        {
            throw new ArgumentOutOfRangeException(nameof(quantum), quantum, "The quantum must be a finite number > 0.");
        }

        Quantum = quantum;
    }

    /// <summary>The time slice q.</summary>
    public double Quantum { get; }

    /// <inheritdoc/>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"RR(q={Quantum:0.##})");

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload) => Run(workload, null);

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload, ISchedulingObserver? observer) => RunQueue(workload, Quantum, Name, observer);

    /// <summary>FIFO ready queue with preemption after <paramref name="quantum"/> (∞ gives FIFO).</summary>
    internal static SimulationResult RunQueue(Workload workload, double quantum, string name, ISchedulingObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var jobs = workload.Jobs;
        var n = jobs.Count;
        // Plain arrays in the hot loop: no interface calls or record property reads per slice.
        var remaining = new double[n];
        var ioEvery = new double[n];
        var ioTime = new double[n];
        var sinceIo = new double[n];
        for (var i = 0; i < n; i++)
        {
            remaining[i] = jobs[i].Runtime;
            ioEvery[i] = jobs[i].IoEvery;
            ioTime[i] = jobs[i].IoTime;
        }

        var recorder = new RunRecorder(workload, quantum: quantum, observer: observer);
        var feed = new ReadyFeed(workload);
        var ready = new IntQueue(Math.Min(n, 1024));
        double t = 0;
        while (recorder.Finished < n)
        {
            Admit(feed, ready, recorder, t);
            if (ready.Count == 0)
            {
                t = feed.NextTime;
                continue;
            }

            var j = ready.Dequeue();
            var slice = Math.Min(quantum, remaining[j]);
            var ioDue = ioEvery[j] > 0 && ioEvery[j] - sinceIo[j] <= slice;
            if (ioDue)
            {
                slice = ioEvery[j] - sinceIo[j];
            }

            recorder.Run(j, t, t + slice);
            t += slice;
            if (slice >= remaining[j])
            {
                remaining[j] = 0;
                recorder.Finish(j, t);
                continue;
            }

            remaining[j] -= slice;
            if (ioDue)
            {
                sinceIo[j] = 0;
                recorder.IoStart(j, t, ioTime[j]);
                feed.IoUntil(j, t + ioTime[j]);
                continue;
            }

            sinceIo[j] += slice;
            Admit(feed, ready, recorder, t);
            ready.Enqueue(j);
        }

        return recorder.Build(name);
    }

    private static void Admit(ReadyFeed feed, IntQueue ready, RunRecorder recorder, double t)
    {
        while (feed.TryTake(t, out var job, out var fromIo, out var at))
        {
            if (fromIo)
            {
                recorder.Event(at, job, SchedulingEventKind.IoDone);
            }

            ready.Enqueue(job);
        }
    }
}
