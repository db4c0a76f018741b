namespace VirtLab.Machines;

/// <summary>One poll of <c>query-migrate</c> during a migration (for plotting convergence).</summary>
/// <param name="Elapsed">Time since <c>migrate</c> was sent.</param>
/// <param name="Status">Migration status at that moment.</param>
/// <param name="TransferredBytes"><c>ram.transferred</c>.</param>
/// <param name="RemainingBytes"><c>ram.remaining</c>.</param>
/// <param name="DirtyPagesRate"><c>ram.dirty-pages-rate</c>, pages/s.</param>
/// <param name="DirtySyncCount"><c>ram.dirty-sync-count</c> (rounds so far).</param>
/// <param name="ExpectedDowntimeMilliseconds"><c>expected-downtime</c>, while active.</param>
public sealed record MigrationSample(TimeSpan Elapsed, string Status, long TransferredBytes, long RemainingBytes,
    long DirtyPagesRate, long DirtySyncCount, long? ExpectedDowntimeMilliseconds);
