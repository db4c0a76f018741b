namespace VirtLab.Scheduling;

/// <summary>One job of a CPU-scheduling workload.</summary>
/// <param name="Id">Index of the job in its <see cref="Workload"/> (0, 1, 2, ...).</param>
/// <param name="Arrival">Time the job enters the system. Range: 0 ≤ arrival &lt; ∞.</param>
/// <param name="Runtime">Total CPU time the job needs. Range: 0 ≤ runtime &lt; ∞ (0: the job finishes as soon as it is
/// first scheduled, as in OSTEP's scheduler.py; MLFQ refuses it, as mlfq.py does).</param>
/// <param name="IoEvery">CPU time between two I/O requests (OSTEP's <c>ioFreq</c>); 0 = the job never does I/O. Range: ≥ 0.</param>
/// <param name="IoTime">How long each I/O takes (OSTEP's <c>-i</c>, default 5). Range: ≥ 0.</param>
/// <param name="Nice">Linux nice value used by <see cref="Cfs"/>. Range: -20 ≤ nice ≤ 19.</param>
/// <param name="Tickets">Tickets for <see cref="Lottery"/> and <see cref="Stride"/>. Range: ≥ 1.</param>
/// <param name="Deadline">Absolute deadline used by <see cref="Edf"/> and the miss count; <see langword="null"/> = none.</param>
/// <param name="Name">Display name (for example "A"); <see langword="null"/> shows the id.</param>
public sealed record Job(
    int Id,
    double Arrival,
    double Runtime,
    double IoEvery = 0,
    double IoTime = 5,
    int Nice = 0,
    int Tickets = 100,
    double? Deadline = null,
    string? Name = null)
{
    /// <summary>The name shown in tables and charts: <see cref="Name"/>, or the id (cached strings for ids below
    /// 4096, so tables and charts do not build one per call).</summary>
    public string Label => Name ?? JobLabels.For(Id);

    /// <summary>Whether the job issues I/O requests.</summary>
    public bool DoesIo => IoEvery > 0;
}
