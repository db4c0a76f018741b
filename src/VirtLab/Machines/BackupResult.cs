namespace VirtLab.Machines;

/// <summary>A disk backup.</summary>
/// <param name="Path">The copy.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="PausedFor">How long the guest was paused while the file was copied.</param>
public sealed record BackupResult(string Path, long Bytes, TimeSpan PausedFor)
{
    /// <summary>One line.</summary>
    public override string ToString() => $"backup {Path}: {Bytes / 1024.0:0} KiB, guest paused {PausedFor.TotalMilliseconds:0} ms";
}
