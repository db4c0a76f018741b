using System.Diagnostics;
using VirtLab.Machines.Qmp;

namespace VirtLab.Machines;

public sealed partial class VirtualMachine
{
    /// <summary>Saves the whole machine (RAM, devices, disk) as an internal snapshot named <paramref name="tag"/> in the qcow2 disk.</summary>
    /// <remarks>HMP <c>savevm</c>; <c>virsh snapshot-create-as</c>. The guest pauses while its RAM is written.
    /// Needs a disk: create the machine with <see cref="MachineOptions.DiskSizeMiB"/>.</remarks>
    /// <exception cref="InvalidOperationException">The machine has no disk.</exception>
    /// <exception cref="QmpException">QEMU refused (class <c>HumanMonitorError</c>).</exception>
    public async Task<TimeSpan> SaveSnapshotAsync(string tag, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ValidateTag(tag);
        RequireDisk("Snapshots");
        var stopwatch = Stopwatch.StartNew();
        await Qmp.HumanMonitor.ExecuteAsync($"savevm {tag}", timeout ?? TimeSpan.FromSeconds(120), cancellationToken).ConfigureAwait(false);
        return stopwatch.Elapsed;
    }

    /// <summary>Returns the machine to snapshot <paramref name="tag"/>: RAM, CPU and disk go back; a running guest keeps running from there.</summary>
    /// <remarks>HMP <c>loadvm</c>; <c>virsh snapshot-revert</c>. A failed loadvm leaves QEMU paused in <c>restore-vm</c>;
    /// this method then resumes the machine if it was running and throws.</remarks>
    /// <exception cref="InvalidOperationException">The machine has no disk.</exception>
    /// <exception cref="QmpException">No such snapshot, or QEMU refused (class <c>HumanMonitorError</c>).</exception>
    public async Task<TimeSpan> RestoreSnapshotAsync(string tag, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ValidateTag(tag);
        RequireDisk("Snapshots");
        var wasRunning = (await GetStatusAsync(cancellationToken).ConfigureAwait(false)).Running;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            await Qmp.HumanMonitor.ExecuteAsync($"loadvm {tag}", timeout ?? TimeSpan.FromSeconds(120), cancellationToken).ConfigureAwait(false);
        }
        catch (QmpException)
        {
            if (wasRunning && !(await GetStatusAsync(cancellationToken).ConfigureAwait(false)).Running)
            {
                await ResumeAsync(cancellationToken).ConfigureAwait(false);
            }
            throw;
        }
        return stopwatch.Elapsed;
    }

    /// <summary>Deletes snapshot <paramref name="tag"/> from the disk.</summary>
    /// <remarks>HMP <c>delvm</c>; <c>virsh snapshot-delete</c>.</remarks>
    public async Task DeleteSnapshotAsync(string tag, CancellationToken cancellationToken = default)
    {
        ValidateTag(tag);
        RequireDisk("Snapshots");
        await Qmp.HumanMonitor.ExecuteAsync($"delvm {tag}", TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>QEMU's table of snapshots (HMP <c>info snapshots</c>; <c>virsh snapshot-list</c>).</summary>
    public Task<string> ListSnapshotsAsync(CancellationToken cancellationToken = default)
    {
        RequireDisk("Snapshots");
        return Qmp.HumanMonitor.ExecuteAsync("info snapshots", null, cancellationToken);
    }

    /// <summary>Copies the qcow2 disk (with its internal snapshots) to <paramref name="destinationPath"/>, pausing the guest during the copy.</summary>
    /// <remarks>
    /// QMP <c>stop</c> drains and flushes every block device, so the file is consistent while paused; then the copy,
    /// then <c>cont</c> if the guest was running. (libvirt's <c>virsh backup-begin</c> does the same without a pause,
    /// with a block job.) Check the copy with <c>qemu-img check</c>.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The machine has no disk.</exception>
    /// <exception cref="IOException">The destination exists or cannot be written.</exception>
    public async Task<BackupResult> BackupDiskAsync(string destinationPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(destinationPath);
        RequireDisk("Backups");
        if (File.Exists(destinationPath))
        {
            throw new IOException($"{destinationPath} already exists: choose a new file name or delete it first.");
        }
        var wasRunning = (await GetStatusAsync(cancellationToken).ConfigureAwait(false)).Running;
        var stopwatch = Stopwatch.StartNew();
        if (wasRunning)
        {
            await PauseAsync(cancellationToken).ConfigureAwait(false);
        }
        try
        {
            await using var source = new FileStream(DiskPath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            await using var target = new FileStream(destinationPath, FileMode.CreateNew, FileAccess.Write);
            await source.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (wasRunning)
            {
                await ResumeAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        return new BackupResult(destinationPath, new FileInfo(destinationPath).Length, stopwatch.Elapsed);
    }

    private void RequireDisk(string feature)
    {
        if (DiskPath is null)
        {
            throw new InvalidOperationException(
                $"{feature} need a qcow2 disk, and machine '{Name}' has none: create it with new MachineOptions {{ DiskSizeMiB = 64 }}.");
        }
    }

    private static void ValidateTag(string tag)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        if (!tag.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException($"Snapshot tag '{tag}' may contain only ASCII letters, digits, '-', '_' and '.'.", nameof(tag));
        }
    }
}
