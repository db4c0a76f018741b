using System.Buffers.Binary;
using System.Net.Sockets;

namespace VirtLab.Notebooks.Execution;

/// <summary>
/// Where a worker connects, private to it: a Unix socket in a fresh folder of mode 0700 (owned by the worker's user).
/// Exactly one connection is accepted, and only from the expected peer (its uid, and its pid when known, read with
/// <c>SO_PEERCRED</c>); then the socket file and its folder are removed, so nothing else can connect later.
/// </summary>
internal sealed class WorkerListener : IDisposable
{
    private const int SolSocket = 1;
    private const int SoPeerCred = 17;
    private readonly Socket _socket;
    private readonly bool _ownsFolder;

    private WorkerListener(Socket socket, string folder, string socketPath, bool ownsFolder)
    {
        _socket = socket;
        Folder = folder;
        SocketPath = socketPath;
        _ownsFolder = ownsFolder;
    }

    /// <summary>The private folder.</summary>
    public string Folder { get; }

    /// <summary>The socket's path (in <see cref="Folder"/>).</summary>
    public string SocketPath { get; }

    /// <summary>The socket's file name.</summary>
    public const string SocketName = "w.sock";

    /// <summary>
    /// Listens in <paramref name="folder"/> (made mode 0700; a fresh temporary folder when null). With
    /// <paramref name="ownerUid"/> (the grader is root) the folder and socket are given to that user.
    /// </summary>
    public static WorkerListener Create(string? folder = null, int? ownerUid = null)
    {
        var owns = folder is null;

        // The prefix names the driver's pid, so a driver's workers can be told apart in the process list.
        folder ??= Directory.CreateTempSubdirectory($"virtlab-{Environment.ProcessId}-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var path = Path.Combine(folder, SocketName);
        File.Delete(path);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        socket.Listen(1);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Grading.FileOwner.Give(path, ownerUid);
        Grading.FileOwner.Give(folder, ownerUid);
        return new WorkerListener(socket, folder, path, owns);
    }

    /// <summary>Accepts the one connection, from a peer with <paramref name="uid"/> (and <paramref name="pid"/> when given).</summary>
    /// <exception cref="InvalidOperationException">Another process connected first.</exception>
    public async Task<WorkerChannel> AcceptAsync(int? uid, Func<int?>? pid, CancellationToken cancellationToken)
    {
        var peer = await _socket.AcceptAsync(cancellationToken).ConfigureAwait(false);
        Dispose();
        if (OperatingSystem.IsLinux())
        {
            var credentials = new byte[12];
            peer.GetRawSocketOption(SolSocket, SoPeerCred, credentials);
            var peerPid = BinaryPrimitives.ReadInt32LittleEndian(credentials);
            var peerUid = BinaryPrimitives.ReadInt32LittleEndian(credentials.AsSpan(4));
            var expectedPid = pid?.Invoke();
            if ((uid is { } u && peerUid != u) || (expectedPid is { } p && peerPid != p))
            {
                peer.Dispose();
                throw new InvalidOperationException($"A process other than the worker connected to its socket (pid {peerPid}, uid {peerUid}); refused.");
            }
        }

        return new WorkerChannel(peer);
    }

    /// <summary>Stops listening and removes the socket (and the folder, if this listener made it).</summary>
    public void Dispose()
    {
        _socket.Dispose();
        try
        {
            File.Delete(SocketPath);
            if (_ownsFolder)
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Already gone.
        }
    }
}
