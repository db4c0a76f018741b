using Docker.DotNet.Models;

namespace VirtLab.Containers.Lab;

/// <summary>What to run in a lab container and with which resources: the common <c>docker run</c> flags, in one object.</summary>
public sealed class LabContainerOptions
{
    /// <summary>Container name (<c>--name</c>); a unique one is made from the session when empty.</summary>
    public string? Name { get; set; }

    /// <summary>Image to run; default the lab image.</summary>
    public string Image { get; set; } = LabImage.Name;

    /// <summary>Command and arguments, e.g. <c>["sh", "-c", "while :; do :; done"]</c>; default the image's (<c>sh</c>).</summary>
    public IList<string>? Command { get; set; }

    /// <summary>Relative CPU weight (<c>--cpu-shares</c>, default 1024 when unset).</summary>
    public long? CpuShares { get; set; }

    /// <summary>CPU cap in CPUs (<c>--cpus</c>), e.g. 0.25. Range: &gt; 0.</summary>
    public double? Cpus { get; set; }

    /// <summary>CPUs to pin to (<c>--cpuset-cpus</c>), e.g. <c>"0"</c>.</summary>
    public string? CpusetCpus { get; set; }

    /// <summary>Memory limit in bytes (<c>--memory</c>); swap is disabled (MemorySwap = Memory) so the limit is hard.</summary>
    public long? MemoryBytes { get; set; }

    /// <summary>Soft memory limit in bytes (<c>--memory-reservation</c>).</summary>
    public long? MemoryReservationBytes { get; set; }

    /// <summary>Process limit (<c>--pids-limit</c>).</summary>
    public long? PidsLimit { get; set; }

    /// <summary>Published ports: container TCP port to host port (0 = any free port), bound to 127.0.0.1 (<c>-p 127.0.0.1:H:C</c>).</summary>
    public IDictionary<int, int> Ports { get; } = new Dictionary<int, int>();

    /// <summary>Environment variables (<c>-e</c>).</summary>
    public IDictionary<string, string> Environment { get; } = new Dictionary<string, string>();

    /// <summary>Volume or bind mounts as <c>source:target[:ro]</c> (<c>-v</c>).</summary>
    public IList<string> Binds { get; } = new List<string>();

    /// <summary>Network to join (<c>--network</c>), e.g. a network made with <see cref="LabSession.CreateNetworkAsync"/>.</summary>
    public string? Network { get; set; }

    /// <summary>Extra DNS names on <see cref="Network"/> (<c>--network-alias</c>).</summary>
    public IList<string> NetworkAliases { get; } = new List<string>();

    /// <summary>Restart policy (<c>--restart</c>).</summary>
    public RestartPolicyKind? RestartPolicy { get; set; }

    /// <summary>For <see cref="RestartPolicyKind.OnFailure"/>: maximum restarts.</summary>
    public long? MaximumRetryCount { get; set; }

    /// <summary>Run an init process as PID 1 so SIGTERM stops the container promptly (<c>--init</c>).</summary>
    public bool Init { get; set; }

    /// <summary>Read-only root filesystem (<c>--read-only</c>).</summary>
    public bool ReadOnlyRootFilesystem { get; set; }

    /// <summary>Network mode (<c>--network none</c> to cut the network).</summary>
    public string? NetworkMode { get; set; }

    /// <summary>Extra labels (VirtLab's own are always added).</summary>
    public IDictionary<string, string> Labels { get; } = new Dictionary<string, string>();

    /// <summary>Start the container after creating it (default true).</summary>
    public bool Start { get; set; } = true;

    internal CreateContainerParameters ToParameters(string name, IReadOnlyDictionary<string, string> sessionLabels)
    {
        if (Cpus is { } cpus && !(cpus > 0 && cpus <= 1024))
        {
            throw new ArgumentOutOfRangeException(nameof(Cpus), cpus, "Cpus must be > 0 (for example 0.25 for a quarter of one CPU).");
        }

        if (CpuShares is { } shares && shares < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(CpuShares), shares, "CpuShares must be >= 2 (the kernel's minimum); 1024 is the default weight.");
        }

        if (MemoryBytes is { } memory && memory < 6 * 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryBytes), memory, "MemoryBytes must be at least 6 MiB (the engine's minimum).");
        }

        var labels = new Dictionary<string, string>(Labels);
        foreach (var (key, value) in sessionLabels)
        {
            labels[key] = value;
        }

        var host = new HostConfig
        {
            // Docker.DotNet leaves 0 for "not set" in its resource fields, and declares some fields non-null that the
            // engine takes as null (JSON null = the engine's default): hence the `!`s.
            CPUShares = CpuShares ?? 0,
            NanoCPUs = Cpus is { } c ? (long)Math.Round(c * 1e9) : 0,
            CpusetCpus = CpusetCpus!,
            Memory = MemoryBytes ?? 0,
            MemorySwap = MemoryBytes ?? 0,
            MemoryReservation = MemoryReservationBytes ?? 0,
            PidsLimit = PidsLimit,
            Binds = Binds.Count > 0 ? Binds.ToList() : null,
            Init = Init ? true : null,
            ReadonlyRootfs = ReadOnlyRootFilesystem,
            NetworkMode = (NetworkMode ?? Network)!,
            RestartPolicy = RestartPolicy is { } policy ? new RestartPolicy { Name = policy, MaximumRetryCount = MaximumRetryCount ?? 0 } : null!,
        };
        Dictionary<string, EmptyStruct>? exposed = null;
        if (Ports.Count > 0)
        {
            exposed = [];
            host.PortBindings = new Dictionary<string, IList<PortBinding>>();
            foreach (var (containerPort, hostPort) in Ports)
            {
                var key = $"{containerPort}/tcp";
                exposed[key] = new EmptyStruct();
                host.PortBindings[key] = [new PortBinding { HostIP = "127.0.0.1", HostPort = hostPort == 0 ? string.Empty : hostPort.ToString(System.Globalization.CultureInfo.InvariantCulture) }];
            }
        }

        return new CreateContainerParameters
        {
            Name = name,
            Image = Image,
            Cmd = Command?.ToList(),
            Env = Environment.Count > 0 ? Environment.Select(kv => $"{kv.Key}={kv.Value}").ToList() : null,
            Labels = labels,
            ExposedPorts = exposed,
            HostConfig = host,
            NetworkingConfig = Network is not null && NetworkAliases.Count > 0
                ? new NetworkingConfig { EndpointsConfig = new Dictionary<string, EndpointSettings> { [Network] = new EndpointSettings { Aliases = NetworkAliases.ToList() } } }
                : null,
        };
    }
}
