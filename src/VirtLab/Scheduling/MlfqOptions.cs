using System.Globalization;

namespace VirtLab.Scheduling;

/// <summary>Parameters of <see cref="Mlfq"/>, named after OSTEP <c>mlfq.py</c>'s flags.</summary>
/// <param name="Quanta">Time slice per queue, highest priority first (<c>-Q</c>). Range: each ≥ 1, at least one queue.</param>
/// <param name="Allotments">Quanta a job may use at each level before it moves down, highest first (<c>-A</c>). Range: each ≥ 1, one per queue.</param>
/// <param name="BoostPeriod">Every S time units move all jobs to the top queue (<c>-B</c>, rule 5); 0 = never. Range: ≥ 0.</param>
/// <param name="StayAfterIo">Reset the job's quantum and allotment at its level when it issues I/O (<c>-S</c>, the gameable old rule 4b).</param>
/// <param name="IoBump">A job whose I/O completes goes to the front of its queue instead of the back (<c>-I</c>).</param>
public sealed record MlfqOptions(IReadOnlyList<int> Quanta, IReadOnlyList<int> Allotments, int BoostPeriod = 0, bool StayAfterIo = false, bool IoBump = false)
{
    /// <summary>Number of queues.</summary>
    public int Queues => Quanta.Count;

    /// <summary>Same quantum and allotment at every level, as <c>mlfq.py -n queues -q quantum -a allotment</c>.</summary>
    /// <param name="queues">Number of queues (<c>-n</c>, default 3). Range: ≥ 1.</param>
    /// <param name="quantum">Quantum at every level (<c>-q</c>, default 10). Range: ≥ 1.</param>
    /// <param name="allotment">Allotment in quanta at every level (<c>-a</c>, default 1). Range: ≥ 1.</param>
    /// <param name="boostPeriod">Boost period (<c>-B</c>); 0 = never.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static MlfqOptions Uniform(int queues = 3, int quantum = 10, int allotment = 1, int boostPeriod = 0)
    {
        if (queues < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(queues), queues, "The number of queues must be >= 1.");
        }

        return new MlfqOptions(Enumerable.Repeat(quantum, queues).ToArray(), Enumerable.Repeat(allotment, queues).ToArray(), boostPeriod);
    }

    /// <summary>Throws when a parameter is out of range.</summary>
    /// <exception cref="ArgumentException">A list is empty or mismatched, or a value is out of range.</exception>
    public void Validate()
    {
        if (Quanta is null || Quanta.Count == 0)
        {
            throw new ArgumentException("Give at least one queue quantum.", nameof(Quanta));
        }

        if (Allotments is null || Allotments.Count != Quanta.Count)
        {
            throw new ArgumentException($"Give one allotment per queue: {Quanta.Count} quanta, {Allotments?.Count ?? 0} allotments.", nameof(Allotments));
        }

        if (Quanta.Any(q => q < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Quanta), string.Join(",", Quanta), "Every quantum must be >= 1.");
        }

        if (Allotments.Any(a => a < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Allotments), string.Join(",", Allotments), "Every allotment must be >= 1.");
        }

        if (BoostPeriod < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(BoostPeriod), BoostPeriod, "The boost period must be >= 0 (0 = never).");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Q={string.Join(",", Quanta)} A={string.Join(",", Allotments)} B={BoostPeriod}{(StayAfterIo ? " S" : "")}{(IoBump ? " I" : "")}");
}
