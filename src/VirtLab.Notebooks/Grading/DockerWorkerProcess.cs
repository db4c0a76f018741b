using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Containers.Lab;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// The worker inside a container (<see cref="SandboxKind.Docker"/>): the lab image (busybox, <c>FROM scratch</c>) with
/// this machine's .NET runtime, system libraries and built course mounted read-only at the same paths, no network, a
/// read-only root, no capabilities, user nobody, memory/CPU/process limits, and only the submission's copy
/// (<c>/submission</c>) and the socket folder (<c>/ipc</c>) writable. Labelled <c>virtlab.owner</c>; removed on dispose.
/// </summary>
internal sealed class DockerWorkerProcess : IWorkerProcess
{
    /// <summary>Where the submission's copy is mounted.</summary>
    public const string SubmissionMount = "/submission";

    /// <summary>Where the socket folder is mounted.</summary>
    public const string IpcMount = "/ipc";

    /// <summary>The uid (and gid) the worker runs as in the container when the grader is root (nobody).</summary>
    public const int ContainerUid = 65534;

    /// <summary>Label value of <see cref="LabLabels.Role"/> on grading containers.</summary>
    public const string RoleValue = "grading";

    private static readonly string[] LibraryFolders = ["/lib", "/lib64", "/usr/lib", "/usr/lib64"];
    private readonly IDockerClient _client;
    private readonly string _id;
    private readonly long _memoryLimit;
    private int _disposed;

    private DockerWorkerProcess(IDockerClient client, string id, long memoryLimit)
    {
        _client = client;
        _id = id;
        _memoryLimit = memoryLimit;
    }

    public string Directory => SubmissionMount;

    /// <summary>Not checked: the container's process is started by the engine (its uid is).</summary>
    public int? ProcessId => null;

    /// <summary>Completes when the container stops (set once it has started: waiting on a created container returns at once).</summary>
    public Task Exited { get; private set; } = Task.CompletedTask;

    /// <summary>Creates and starts the container; the worker connects to <c>/ipc/<paramref name="socketName"/></c>.</summary>
    public static async Task<IWorkerProcess> StartAsync(
        IDockerClient client, string sessionId, string workerAssembly, string ipcDirectory, string socketName, string submissionDirectory,
        IEnumerable<string> referencedFiles, GradingOptions options, CancellationToken cancellationToken)
    {
        var dotnet = RealDotnet();
        var binds = new List<string>();
        var mounted = new List<string>();
        void Mount(string source, string target, bool readOnly)
        {
            binds.Add($"{source}:{target}" + (readOnly ? ":ro" : string.Empty));
            mounted.Add(target.TrimEnd('/') + "/");
        }

        bool Covered(string path) => mounted.Any(m => path.StartsWith(m, StringComparison.Ordinal));

        Mount(Path.GetDirectoryName(dotnet)!, Path.GetDirectoryName(dotnet)!, readOnly: true);
        foreach (var folder in LibraryFolders.Where(System.IO.Directory.Exists))
        {
            Mount(new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder, folder, readOnly: true);
        }

        var course = CourseFolder(workerAssembly);
        if (!Covered(course + "/"))
        {
            Mount(course, course, readOnly: true);
        }

        foreach (var folder in referencedFiles.Select(Path.GetDirectoryName).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!Covered(folder + "/"))
            {
                Mount(folder, folder, readOnly: true);
            }
        }

        Mount(ipcDirectory, IpcMount, readOnly: false);
        Mount(submissionDirectory, SubmissionMount, readOnly: false);
        var labels = LabLabels.For(sessionId);
        labels[LabLabels.Role] = RoleValue;
        var parameters = new CreateContainerParameters
        {
            Name = $"virtlab-grade-{Guid.NewGuid():N}"[..26],
            Image = options.Image,
            Entrypoint = [dotnet],
            Cmd = [.. Execution.WorkerLauncher.Create(workerAssembly, $"{IpcMount}/{socketName}").ArgumentList],
            Env =
            [
                "HOME=/tmp",
                "DOTNET_CLI_TELEMETRY_OPTOUT=1",
                "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1",
                "DOTNET_EnableDiagnostics=0",
                "DOTNET_TieredPGO=0",
                "DOTNET_GCHeapHardLimit=" + LocalWorkerProcess.HeapLimit(options.MemoryBytes).ToString("X", CultureInfo.InvariantCulture),
            ],
            // As root the grader gives the private folders to nobody; otherwise the container runs as the grader's own
            // user, which owns them (mode 0700 either way).
            User = FileOwner.IsRoot ? $"{ContainerUid}:{ContainerUid}" : $"{Native.GetEuid()}:{Native.GetEgid()}",
            WorkingDir = SubmissionMount,
            Labels = labels,
            HostConfig = new HostConfig
            {
                NetworkMode = "none",
                ReadonlyRootfs = true,
                Memory = options.MemoryBytes,
                MemorySwap = options.MemoryBytes,
                NanoCPUs = (long)Math.Round(options.Cpus * 1e9),
                PidsLimit = options.PidsLimit,
                CapDrop = ["ALL"],
                SecurityOpt = ["no-new-privileges"],
                Tmpfs = new Dictionary<string, string> { ["/tmp"] = "rw,nosuid,nodev,size=64m" },
                Binds = binds,
            },
        };
        var created = await client.Containers.CreateContainerAsync(parameters, cancellationToken).ConfigureAwait(false);
        var worker = new DockerWorkerProcess(client, created.ID, options.MemoryBytes);
        try
        {
            await client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken).ConfigureAwait(false);
            worker.Exited = client.Containers.WaitContainerAsync(created.ID);
        }
        catch
        {
            await worker.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return worker;
    }

    public async Task<string> DescribeExitAsync()
    {
        try
        {
            var inspect = await _client.Containers.InspectContainerAsync(_id).ConfigureAwait(false);
            if (inspect.State?.OOMKilled == true)
            {
                return $"it used more than the container's memory limit ({_memoryLimit >> 20} MiB) and the kernel stopped it";
            }

            return inspect.State?.Running == true ? "still running" : $"exit code {inspect.State?.ExitCode}";
        }
        catch (DockerApiException e)
        {
            return $"container state unknown ({e.Message})";
        }
    }

    /// <summary>Processes a step leaves in the container are stopped with the container when the submission is done.</summary>
    public Task EndStepAsync() => Task.CompletedTask;

    public async Task KillAsync()
    {
        try
        {
            await _client.Containers.KillContainerAsync(_id, new ContainerKillParameters()).ConfigureAwait(false);
        }
        catch (DockerApiException)
        {
            // Not running any more.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await _client.Containers.RemoveContainerAsync(_id, new ContainerRemoveParameters { Force = true }).ConfigureAwait(false);
        }
        catch (DockerApiException)
        {
            // Already removed.
        }
    }

    /// <summary>The real path of the <c>dotnet</c> host (symlinks resolved), so its folder can be mounted.</summary>
    private static string RealDotnet()
    {
        var host = Scripting.DotnetHost.Path;
        if (!Path.IsPathRooted(host))
        {
            host = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
                .Select(p => Path.Combine(p, host)).FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException("The dotnet host is not on the PATH.");
        }

        return new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(host);
    }

    /// <summary>The <c>artifacts</c> folder that holds the worker (so every built project is visible), else the worker's folder.</summary>
    private static string CourseFolder(string workerAssembly)
    {
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(workerAssembly)!); directory is not null; directory = directory.Parent)
        {
            if (directory.Name == "artifacts")
            {
                return directory.FullName;
            }
        }

        return Path.GetDirectoryName(workerAssembly)!;
    }
}
