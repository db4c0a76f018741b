using System.Text;

namespace VirtLab.Machines.Guest;

/// <summary>Writes a cpio archive in the "newc" (SVR4, magic <c>070701</c>) format, the format Linux unpacks as an initramfs.</summary>
/// <remarks>
/// Source: the kernel's <c>Documentation/driver-api/early-userspace/buffer-format.rst</c>. Each entry is a 110-byte ASCII
/// header (magic plus 13 eight-digit hexadecimal fields: ino, mode, uid, gid, nlink, mtime, filesize, devmajor, devminor,
/// rdevmajor, rdevminor, namesize including the trailing NUL, check = 0), then the name and a NUL padded to a multiple
/// of 4, then the data padded to a multiple of 4. The archive ends with an entry named <c>TRAILER!!!</c>.
/// Wrap the stream in a <see cref="System.IO.Compression.GZipStream"/> for a gzip-compressed initramfs.
/// </remarks>
public sealed class CpioNewcWriter : IDisposable
{
    /// <summary>The magic number that starts every newc header.</summary>
    public const string Magic = "070701";

    /// <summary>Length of a newc header in bytes.</summary>
    public const int HeaderLength = 110;

    private const int FileType = 0x8000;          // S_IFREG
    private const int DirectoryType = 0x4000;     // S_IFDIR
    private const int SymlinkType = 0xA000;       // S_IFLNK
    private const int CharacterDeviceType = 0x2000; // S_IFCHR

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private int _nextInode = 1;
    private bool _finished;

    /// <summary>Starts an archive on <paramref name="output"/>.</summary>
    /// <param name="output">A writable stream.</param>
    /// <param name="leaveOpen">Leave the stream open when this writer is disposed.</param>
    public CpioNewcWriter(Stream output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(output));
        }
        _output = output;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Adds a directory, e.g. <c>"bin"</c>.</summary>
    /// <param name="path">Relative path inside the archive, '/'-separated, no leading '/'.</param>
    /// <param name="permissions">Permission bits (0 to 0o7777). Default 0o755.</param>
    public void AddDirectory(string path, int permissions = 0b111_101_101) =>
        WriteEntry(path, DirectoryType, permissions, nlink: 2, ReadOnlySpan<byte>.Empty, 0, 0);

    /// <summary>Adds a regular file.</summary>
    /// <param name="path">Relative path inside the archive.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="permissions">Permission bits (0 to 0o7777). Default 0o644; use 0o755 for programs and scripts.</param>
    public void AddFile(string path, ReadOnlySpan<byte> content, int permissions = 0b110_100_100) =>
        WriteEntry(path, FileType, permissions, nlink: 1, content, 0, 0);

    /// <summary>Adds a symbolic link whose target is <paramref name="target"/>.</summary>
    public void AddSymlink(string path, string target)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        WriteEntry(path, SymlinkType, 0b111_111_111, nlink: 1, Encoding.UTF8.GetBytes(target), 0, 0);
    }

    /// <summary>Adds a character device node, e.g. <c>dev/console</c> (5, 1).</summary>
    public void AddCharacterDevice(string path, int major, int minor, int permissions = 0b110_000_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(major);
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        WriteEntry(path, CharacterDeviceType, permissions, nlink: 1, ReadOnlySpan<byte>.Empty, major, minor);
    }

    /// <summary>Writes the <c>TRAILER!!!</c> entry. Nothing can be added afterwards.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }
        WriteHeader("TRAILER!!!", inode: 0, mode: 0, nlink: 1, size: 0, 0, 0);
        _finished = true;
        _output.Flush();
    }

    /// <summary>Finishes the archive (if not yet done) and closes the stream unless asked to leave it open.</summary>
    public void Dispose()
    {
        Finish();
        if (!_leaveOpen)
        {
            _output.Dispose();
        }
    }

    private void WriteEntry(string path, int type, int permissions, int nlink, ReadOnlySpan<byte> data, int major, int minor)
    {
        ValidatePath(path);
        if (permissions is < 0 or > 0xFFF)
        {
            throw new ArgumentOutOfRangeException(nameof(permissions), permissions, "Permissions must be between 0 and 0o7777.");
        }
        if (_finished)
        {
            throw new InvalidOperationException("The archive is finished; no entry can be added after Finish().");
        }
        if (!_names.Add(path))
        {
            throw new ArgumentException($"The archive already has an entry named '{path}'.", nameof(path));
        }
        WriteHeader(path, _nextInode++, type | permissions, nlink, data.Length, major, minor);
        _output.Write(data);
        Pad(data.Length);
    }

    private void WriteHeader(string name, int inode, int mode, int nlink, int size, int rdevMajor, int rdevMinor)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var header = new StringBuilder(HeaderLength);
        header.Append(Magic);
        foreach (var field in new long[] { inode, mode, 0, 0, nlink, 0, size, 0, 0, rdevMajor, rdevMinor, nameBytes.Length + 1, 0 })
        {
            header.Append(field.ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
        }
        _output.Write(Encoding.ASCII.GetBytes(header.ToString()));
        _output.Write(nameBytes);
        _output.WriteByte(0);
        Pad(HeaderLength + nameBytes.Length + 1);
    }

    private void Pad(int length)
    {
        for (var i = length % 4; i is > 0 and < 4; i++)
        {
            _output.WriteByte(0);
        }
    }

    private static void ValidatePath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.StartsWith('/') || path.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new ArgumentException(
                $"'{path}' is not a clean relative path: use 'dir/name' with no leading '/', '.', '..' or empty parts.",
                nameof(path));
        }
    }
}
