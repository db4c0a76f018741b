using System.Globalization;

namespace VirtLab.Scheduling;

/// <summary>Lottery scheduling: every quantum, draw a winning ticket among the runnable jobs' tickets; its holder runs.</summary>
/// <remarks>
/// Source: C. A. Waldspurger, W. E. Weihl, "Lottery Scheduling: Flexible Proportional-Share Resource Management",
/// OSDI 1994; OSTEP ch. 9. Job i wins with probability tᵢ/T, so over n quanta its share is Binomial(n, tᵢ/T)/n
/// (tested statistically). Tickets are laid out in job-id order and the winner is the first job whose running ticket
/// sum exceeds the winning number, as in OSTEP's ch. 9 trace (A holds 0-74, B 75-99; tested). With a seed, the
/// winning number is drawn as OSTEP <c>cpu-sched-lottery/lottery.py</c> draws it, r = ⌊random()·1000001⌋ mod T with
/// Python's generator, so <c>lottery.py -l ... -s seed</c> picks the same winners (tested); unlike lottery.py, a job
/// that needs less than a quantum is charged only the time it ran.
/// </remarks>
public sealed class Lottery : ISchedulingPolicy
{
    private readonly int _seed;
    private readonly Func<int, int>? _winningTicket;

    /// <summary>Creates a seeded, reproducible lottery scheduler.</summary>
    /// <param name="quantum">Time slice between lotteries. Range: 0 &lt; q &lt; ∞.</param>
    /// <param name="seed">Random seed; the same seed gives the same schedule.</param>
    /// <exception cref="ArgumentOutOfRangeException">The quantum is not a finite positive number.</exception>
    public Lottery(double quantum = 1, int seed = 0)
    {
        Quantum = ValidateQuantum(quantum);
        _seed = seed;
    }

    /// <summary>Creates a lottery scheduler whose winning numbers come from <paramref name="winningTicket"/>
    /// (given the total number of tickets T, return a number in [0, T)), for replaying a published trace.</summary>
    /// <param name="quantum">Time slice between lotteries. Range: 0 &lt; q &lt; ∞.</param>
    /// <param name="winningTicket">Draws the winning ticket number.</param>
    public Lottery(double quantum, Func<int, int> winningTicket)
    {
        ArgumentNullException.ThrowIfNull(winningTicket);
        Quantum = ValidateQuantum(quantum);
        _winningTicket = winningTicket;
    }

    /// <summary>The time slice.</summary>
    public double Quantum { get; }

    /// <inheritdoc/>
    public string Name => _winningTicket is null
        ? string.Create(CultureInfo.InvariantCulture, $"Lottery(q={Quantum:0.##}, seed={_seed})")
        : string.Create(CultureInfo.InvariantCulture, $"Lottery(q={Quantum:0.##}, scripted)");

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload) => Run(workload, null);

    /// <inheritdoc/>
    public SimulationResult Run(Workload workload, ISchedulingObserver? observer)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var jobs = workload.Jobs;
        var random = new PythonRandom(_seed);
        var draw = _winningTicket ?? (total => (int)((long)(random.NextDouble() * 1000001) % total));
        return ProportionalShareLoop.Run(workload, Quantum, Name,
            pick: ready =>
            {
                var total = 0;
                foreach (var j in ready)
                {
                    total += jobs[j].Tickets;
                }

                var winner = draw(total);
                if (winner < 0 || winner >= total)
                {
                    throw new InvalidOperationException($"Winning ticket {winner} is outside [0, {total}).");
                }

                var counter = 0;
                foreach (var j in ready)
                {
                    counter += jobs[j].Tickets;
                    if (counter > winner)
                    {
                        return j;
                    }
                }

                throw new InvalidOperationException("No job holds the winning ticket.");
            },
            ran: (_, _) => { },
            joined: (_, _) => { },
            shares: jobs.Select(j => (double)j.Tickets).ToArray(),
            observer: observer);
    }

    internal static double ValidateQuantum(double quantum)
    {
        if (!(quantum > 0) || double.IsPositiveInfinity(quantum))
        {
            throw new ArgumentOutOfRangeException(nameof(quantum), quantum, "The quantum must be a finite number > 0.");
        }

        return quantum;
    }
}
