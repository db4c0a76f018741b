namespace VirtLab.Machines.Qmp;

/// <summary>Reply of <c>query-status</c>.</summary>
/// <param name="Status">QEMU's run state: <c>running</c>, <c>paused</c>, <c>inmigrate</c>, <c>postmigrate</c>,
/// <c>restore-vm</c>, <c>shutdown</c>, <c>prelaunch</c>, …</param>
/// <param name="Running">True while the vCPUs run.</param>
public sealed record StatusResponse(string Status, bool Running)
{
    /// <summary>The status word.</summary>
    public override string ToString() => Status;
}
