namespace VirtLab.Machines;

/// <summary>A QEMU process VirtLab started, as recorded in the state directory.</summary>
/// <param name="Directory">Its state folder (<c>&lt;state&gt;/vms/&lt;id&gt;</c>).</param>
/// <param name="ProcessId">QEMU's pid, if the pid file was written.</param>
/// <param name="OwnerProcessId">Pid of the .NET process that started it.</param>
/// <param name="IsRunning">The pid is alive, started at the recorded time, and its command line is VirtLab's QEMU for this folder.</param>
/// <param name="IsOwnerAlive">The owner process still runs (same pid and start time).</param>
public sealed record TrackedMachine(string Directory, int? ProcessId, int? OwnerProcessId, bool IsRunning, bool IsOwnerAlive);
