using System.Collections.Concurrent;
using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace VirtLab.Containers.Lab;

/// <summary>
/// One notebook's (or test's) work with the Docker engine: connects, makes sure the lab image exists,
/// runs labelled containers in one line each, samples their CPU and memory, and on dispose removes
/// everything it created (containers, networks, volumes, images) and nothing else.
/// </summary>
/// <remarks>
/// The helpers throw <see cref="LabException"/> when the engine refuses (a missing image, a name in use, a stopped
/// container): its message says what to do next. For anything else use <see cref="Client"/>, the Docker.DotNet client.
/// </remarks>
/// <example>
/// <code>
/// await using var lab = await LabSession.StartAsync();
/// var web = await lab.RunAsync(new LabContainerOptions { Name = "web", Command = ["httpd", "-f", "-p", "80", "-h", "/www"], Ports = { [80] = 0 } });
/// var result = await lab.ExecAsync(web, "sh", "-c", "echo hello > /www/index.html");
/// </code>
/// </example>
public sealed class LabSession : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _containers = new();
    private readonly ConcurrentDictionary<string, string> _networks = new();
    private readonly ConcurrentDictionary<string, string> _volumes = new();
    private readonly ConcurrentDictionary<string, string> _images = new();
    private readonly bool _ownsClient;
    private int _counter;
    private bool _disposed;

    private LabSession(DockerClient client, bool ownsClient, string sessionId)
    {
        Client = client;
        _ownsClient = ownsClient;
        SessionId = sessionId;
        var labels = LabLabels.For(sessionId);
        var run = Environment.GetEnvironmentVariable(LabLabels.RunEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(run))
        {
            labels[LabLabels.Run] = run;
        }

        Labels = labels;
    }

    /// <summary>
    /// The Docker.DotNet client (package Docker.DotNet.Enhanced) this session talks through, at the negotiated API version,
    /// for anything the helpers do not cover: <c>lab.Client.Containers.InspectContainerAsync(id)</c> is <c>docker inspect</c>.
    /// Its exceptions are Docker.DotNet's (<see cref="DockerApiException"/> and subclasses); <see cref="DockerErrors.Explain"/> says what to do next.
    /// </summary>
    public DockerClient Client { get; }

    /// <summary>A short random id; every resource of this session carries it in the <c>virtlab.session</c> label.</summary>
    public string SessionId { get; }

    /// <summary>The labels this session puts on what it creates.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>Connects to the engine (<see cref="DockerConnection.ConnectAsync"/>: <c>DOCKER_HOST</c> or the default socket) and builds the lab image if it is missing.</summary>
    /// <param name="client">A client to use (the session does not dispose it); default a new negotiated connection.</param>
    /// <param name="progress">Receives the image build's output, if it has to build.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="DockerUnreachableException">No engine answers; the message says how to start one.</exception>
    public static async Task<LabSession> StartAsync(DockerClient? client = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var owns = client is null;
        client ??= await DockerConnection.ConnectAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            if (!owns)
            {
                await client.System.PingAsync(cancellationToken).ConfigureAwait(false);
            }

            await LabImage.EnsureAsync(client, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (DockerConnection.IsConnectFailure(e))
        {
            if (owns)
            {
                client.Dispose();
            }

            throw new DockerUnreachableException(client.Options.Endpoint, e);
        }
        catch
        {
            if (owns)
            {
                client.Dispose();
            }

            throw;
        }

        return new LabSession(client, owns, Guid.NewGuid().ToString("N")[..8]);
    }

    /// <summary>Runs a lab container with the given command (<c>docker run -d virtlab/lab CMD…</c>).</summary>
    public Task<LabContainer> RunAsync(params string[] command) =>
        RunAsync(new LabContainerOptions { Command = command.Length > 0 ? command : null });

    /// <summary>Creates and starts a container with the given options, labelled for this session.</summary>
    /// <exception cref="LabException">The engine refused: the image is missing, the name or a host port is in use, …</exception>
    public async Task<LabContainer> RunAsync(LabContainerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var name = string.IsNullOrWhiteSpace(options.Name) ? NewName("c") : options.Name!;
        var parameters = options.ToParameters(name, Labels);
        try
        {
            var created = await Client.Containers.CreateContainerAsync(parameters, cancellationToken).ConfigureAwait(false);
            _containers[created.ID] = name;
            if (!options.Start)
            {
                return new LabContainer(created.ID, name, new Dictionary<int, int>());
            }

            await Client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken).ConfigureAwait(false);
            return await DescribeAsync(created.ID, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException e)
        {
            throw new LabException(e);
        }
    }

    /// <summary>Reads a container's name and published ports (for example after a restart).</summary>
    public async Task<LabContainer> DescribeAsync(string id, CancellationToken cancellationToken = default)
    {
        var inspect = await Client.Containers.InspectContainerAsync(id, cancellationToken).ConfigureAwait(false);
        var ports = new Dictionary<int, int>();
        foreach (var (key, bindings) in inspect.NetworkSettings?.Ports ?? new Dictionary<string, IList<PortBinding>>())
        {
            var binding = bindings?.FirstOrDefault(b => b.HostIP is "127.0.0.1" or "0.0.0.0" or "" or null);
            if (binding?.HostPort is { Length: > 0 } hostPort && int.TryParse(key.Split('/')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var containerPort))
            {
                ports[containerPort] = int.Parse(hostPort, CultureInfo.InvariantCulture);
            }
        }

        return new LabContainer(inspect.ID, inspect.Name?.TrimStart('/') ?? id, ports);
    }

    /// <summary>Runs a command inside a running container and returns its output and exit code (<c>docker exec</c>, <see cref="DockerExec.RunAsync"/>).</summary>
    /// <exception cref="LabException">The engine refused, e.g. the container is not running.</exception>
    public async Task<ExecResult> ExecAsync(LabContainer container, params string[] command)
    {
        ArgumentNullException.ThrowIfNull(container);
        try
        {
            return await DockerExec.RunAsync(Client, container.Id, command).ConfigureAwait(false);
        }
        catch (DockerApiException e)
        {
            throw new LabException(e);
        }
    }

    /// <summary>Writes a text file into a container (<c>docker cp</c>); the directory must exist.</summary>
    /// <param name="container">The container (running or stopped).</param>
    /// <param name="path">Absolute path of the file inside the container, e.g. <c>/www/index.html</c>.</param>
    /// <param name="text">The content (UTF-8).</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    public async Task CopyTextAsync(LabContainer container, string path, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(path) || !path.StartsWith('/') || path.EndsWith('/'))
        {
            throw new ArgumentException($"'{path}' must be an absolute file path such as /www/index.html.", nameof(path));
        }

        var directory = path[..path.LastIndexOf('/')];
        using var tar = new MemoryStream();
        await using (var writer = new System.Formats.Tar.TarWriter(tar, leaveOpen: true))
        {
            var entry = new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, path[(path.LastIndexOf('/') + 1)..])
            {
                DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)),
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
            };
            await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        tar.Position = 0;
        try
        {
            await Client.Containers.ExtractArchiveToContainerAsync(container.Id, new CopyToContainerParameters { Path = directory.Length == 0 ? "/" : directory }, tar, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException e)
        {
            throw new LabException(e);
        }
    }

    /// <summary>Reads a text file out of a container (<c>docker cp</c>).</summary>
    /// <exception cref="LabException">No such container or file.</exception>
    public async Task<string> ReadTextAsync(LabContainer container, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        ContainerArchiveResponse archive;
        try
        {
            archive = await Client.Containers.GetArchiveFromContainerAsync(container.Id, new ContainerPathStatParameters { Path = path }, statOnly: false, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException e)
        {
            throw new LabException(e);
        }

        using var body = archive.Stream ?? throw new InvalidOperationException($"The engine sent no archive for '{path}' in {container.Name}.");
        using var reader = new System.Formats.Tar.TarReader(body);
        var entry = await reader.GetNextEntryAsync(copyData: true, cancellationToken).ConfigureAwait(false);
        if (entry?.DataStream is null)
        {
            throw new InvalidOperationException($"'{path}' in {container.Name} is not a regular file.");
        }

        using var text = new StreamReader(entry.DataStream);
        return await text.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fetches a page from a container's published HTTP port, retrying while the server is still starting
    /// (a freshly started or restarted container needs a moment before it listens).
    /// </summary>
    /// <param name="container">A container that publishes <paramref name="port"/>.</param>
    /// <param name="port">The container port, e.g. 80.</param>
    /// <param name="path">The path, e.g. <c>/index.html</c>.</param>
    /// <param name="timeout">How long to keep trying; default 10 s.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="TimeoutException">No answer within <paramref name="timeout"/>; the message has the last error.</exception>
    public async Task<string> GetPageAsync(LabContainer container, int port = 80, string path = "/", TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        var url = new Uri(container.Url(port), path);
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        using var http = new System.Net.Http.HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await http.GetStringAsync(url, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is System.Net.Http.HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (watch.Elapsed > limit)
                {
                    throw new TimeoutException($"{url} did not answer within {limit.TotalSeconds:0} s: {ex.Message}", ex);
                }

                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads a container's whole log as text, stdout and stderr in the order they were written (<c>docker logs</c>).</summary>
    public async Task<string> LogsAsync(LabContainer container, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        using var logs = await Client.Containers.GetContainerLogsAsync(container.Id, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true }, cancellationToken).ConfigureAwait(false);

        // Keep the order in which the lines were written, stdout and stderr interleaved, as `docker logs` shows them.
        using var text = new MemoryStream();
        var buffer = new byte[16384];
        while (true)
        {
            var chunk = await logs.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (chunk.EOF)
            {
                break;
            }

            text.Write(buffer, 0, chunk.Count);
        }

        return System.Text.Encoding.UTF8.GetString(text.ToArray());
    }

    /// <summary>
    /// Measures the CPU each container uses over <paramref name="window"/>: two one-shot stats samples, the CPU-time
    /// delta divided by the wall-time delta (the <c>docker stats</c> method, <see cref="DockerStats"/>).
    /// </summary>
    /// <param name="containers">Running containers, usually competing for the same CPUs.</param>
    /// <param name="window">Time between the samples. Range: ≥ 0.5 s; longer windows are steadier.</param>
    /// <param name="cancellationToken">Cancels the measurement.</param>
    public async Task<IReadOnlyList<CpuSample>> SampleCpuAsync(IReadOnlyList<LabContainer> containers, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(containers);
        if (containers.Count == 0)
        {
            throw new ArgumentException("Give at least one container to sample.", nameof(containers));
        }

        if (window < TimeSpan.FromSeconds(0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The sampling window must be at least 0.5 s (CPU counters move in 10 ms steps).");
        }

        var first = await Task.WhenAll(containers.Select(c => DockerStats.SampleAsync(Client, c.Id, oneShot: true, cancellationToken))).ConfigureAwait(false);
        await Task.Delay(window, cancellationToken).ConfigureAwait(false);
        var second = await Task.WhenAll(containers.Select(c => DockerStats.SampleAsync(Client, c.Id, oneShot: true, cancellationToken))).ConfigureAwait(false);
        var cpu = new double[containers.Count];
        var wall = new double[containers.Count];
        for (var i = 0; i < containers.Count; i++)
        {
            cpu[i] = DockerStats.CpuSeconds(first[i], second[i]);
            var online = second[i].CPUStats?.OnlineCPUs is > 0 ? second[i].CPUStats!.OnlineCPUs!.Value : 1u;
            var systemDelta = (double)(second[i].CPUStats?.SystemUsage ?? 0) - (first[i].CPUStats?.SystemUsage ?? 0);
            wall[i] = systemDelta > 0 ? systemDelta / online / 1e9 : (second[i].Read - first[i].Read).TotalSeconds;
        }

        var total = cpu.Sum();
        return containers.Select((c, i) => new CpuSample(c, cpu[i], wall[i], total > 0 ? cpu[i] / total : 0)).ToList();
    }

    /// <summary>Memory a container uses now, as <c>docker stats</c> counts it (bytes).</summary>
    public async Task<ulong> MemoryUsageAsync(LabContainer container, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        var sample = await DockerStats.SampleAsync(Client, container.Id, oneShot: true, cancellationToken).ConfigureAwait(false);
        return DockerStats.MemoryUsage(sample);
    }

    /// <summary>
    /// Starts <paramref name="count"/> containers one after another, each running <c>echo ready</c>, and measures
    /// the time from the create call to the first byte of its output; removes each afterwards.
    /// </summary>
    /// <param name="count">How many containers. Range: 1–200.</param>
    /// <param name="cancellationToken">Cancels the measurement.</param>
    /// <returns>Start-to-first-output latency of each container, in milliseconds.</returns>
    public async Task<IReadOnlyList<double>> MeasureStartLatencyAsync(int count, CancellationToken cancellationToken = default)
    {
        if (count is < 1 or > 200)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "count must be between 1 and 200.");
        }

        var latencies = new List<double>(count);
        var buffer = new byte[64];
        for (var i = 0; i < count; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var container = await RunAsync(new LabContainerOptions { Command = ["echo", "ready"] }, cancellationToken).ConfigureAwait(false);
            using (var logs = await Client.Containers.GetContainerLogsAsync(container.Id, new ContainerLogsParameters { ShowStdout = true, Follow = true }, cancellationToken).ConfigureAwait(false))
            {
                var first = await logs.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
                if (first.EOF)
                {
                    throw new InvalidOperationException($"Container {container.Name} exited without printing 'ready'.");
                }
            }

            latencies.Add(watch.Elapsed.TotalMilliseconds);
            await Client.Containers.RemoveContainerAsync(container.Id, new ContainerRemoveParameters { Force = true }, cancellationToken).ConfigureAwait(false);
            _containers.TryRemove(container.Id, out _);
        }

        return latencies;
    }

    /// <summary>Creates a labelled user network (<c>docker network create</c>).</summary>
    public async Task<string> CreateNetworkAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        name ??= NewName("net");
        var created = await Client.Networks.CreateNetworkAsync(new NetworksCreateParameters { Name = name, Labels = new Dictionary<string, string>(Labels) }, cancellationToken).ConfigureAwait(false);
        _networks[created.ID] = name;
        return name;
    }

    /// <summary>Creates a labelled volume (<c>docker volume create</c>).</summary>
    public async Task<string> CreateVolumeAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        name ??= NewName("vol");
        var created = await Client.Volumes.CreateAsync(new VolumesCreateParameters { Name = name, Labels = new Dictionary<string, string>(Labels) }, cancellationToken).ConfigureAwait(false);
        _volumes[created.Name] = created.Name;
        return created.Name;
    }

    /// <summary>Snapshots a container as a labelled image of this session (<c>docker commit</c>).</summary>
    public async Task<string> CommitAsync(LabContainer container, string repository, string tag = "latest", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        var changes = Labels.Select(kv => $"LABEL {kv.Key}={kv.Value}").ToList();
        var image = await Client.Images.CommitContainerChangesAsync(
            new CommitContainerChangesParameters { ContainerID = container.Id, RepositoryName = repository, Tag = tag, Changes = changes }, cancellationToken).ConfigureAwait(false);
        _images[image.ID] = $"{repository}:{tag}";
        return image.ID;
    }

    /// <summary>Imports a root filesystem tar as a labelled image of this session (<c>docker import</c>).</summary>
    public async Task<string> ImportAsync(Stream tar, string repository, string tag = "latest", IList<string>? changes = null, CancellationToken cancellationToken = default)
    {
        var all = (changes ?? []).Concat(Labels.Select(kv => $"LABEL {kv.Key}={kv.Value}")).ToList();
        var messages = new EngineMessages(null);
        await Client.Images.CreateImageAsync(new ImagesCreateParameters { FromSrc = "-", Repo = repository, Tag = tag, Changes = all }, tar, null, messages, cancellationToken).ConfigureAwait(false);
        if (messages.Error is { } error)
        {
            throw new InvalidOperationException($"Importing {repository}:{tag} failed: {error}");
        }

        // The engine's last message of an import is the new image's id.
        var id = messages.LastStatus is { } status && status.StartsWith("sha256:", StringComparison.Ordinal)
            ? status
            : (await Client.Images.InspectImageAsync($"{repository}:{tag}", cancellationToken).ConfigureAwait(false)).ID;
        _images[id] = $"{repository}:{tag}";
        return id;
    }

    /// <summary>Removes everything this session created: containers (forced, with volumes), then images, networks and volumes.</summary>
    public async Task<CleanupReport> CleanupAsync(CancellationToken cancellationToken = default)
    {
        // Also sweep by label: a container created through Client with our labels is ours too.
        var report = await LabCleanup.RemoveAsync(Client, $"{LabLabels.Session}={SessionId}", cancellationToken).ConfigureAwait(false);
        _containers.Clear();
        _networks.Clear();
        _volumes.Clear();
        _images.Clear();
        return report;
    }

    /// <summary>Cleans up and disconnects.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await CleanupAsync(timeout.Token).ConfigureAwait(false);
        }
        finally
        {
            if (_ownsClient)
            {
                Client.Dispose();
            }
        }
    }

    private string NewName(string prefix) => $"virtlab-{SessionId}-{prefix}{Interlocked.Increment(ref _counter)}";
}
