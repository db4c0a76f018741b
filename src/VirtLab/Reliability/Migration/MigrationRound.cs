namespace VirtLab.Reliability.Migration;

/// <summary>One round of a pre-copy migration.</summary>
/// <param name="Index">Round number i, from 0.</param>
/// <param name="Data">Data sent in the round, V_i.</param>
/// <param name="Duration">Time the round took, T_i = V_i/R.</param>
/// <param name="IsStopAndCopy">Whether this is the final round, sent with the VM paused.</param>
public sealed record MigrationRound(int Index, double Data, double Duration, bool IsStopAndCopy);
