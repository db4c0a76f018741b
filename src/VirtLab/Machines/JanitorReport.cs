namespace VirtLab.Machines;

/// <summary>What <see cref="MachineJanitor.KillLeftovers"/> did.</summary>
/// <param name="KilledProcessIds">QEMU processes it killed.</param>
/// <param name="RemovedDirectories">State folders it deleted.</param>
/// <param name="LeftAlone">Machines it did not touch because their owner session still runs.</param>
public sealed record JanitorReport(IReadOnlyList<int> KilledProcessIds, IReadOnlyList<string> RemovedDirectories,
    IReadOnlyList<TrackedMachine> LeftAlone)
{
    /// <summary>"killed 2 QEMU processes, removed 3 folders, left 1 alone".</summary>
    public override string ToString() =>
        $"killed {KilledProcessIds.Count} QEMU process(es), removed {RemovedDirectories.Count} folder(s), left {LeftAlone.Count} alone (owner still running)";
}
