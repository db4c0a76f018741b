using VirtLab.Containers.Operations;

namespace VirtLab.Containers;

/// <summary>The Docker Engine API, one operation group per resource (as in Docker.DotNet).</summary>
public interface IDockerClient : IDisposable
{
    /// <summary>Ping, version, info, events.</summary>
    ISystemOperations System { get; }

    /// <summary>Container lifecycle, logs, stats, archives, commit/export.</summary>
    IContainerOperations Containers { get; }

    /// <summary>Build, import, list, inspect, tag, remove images.</summary>
    IImageOperations Images { get; }

    /// <summary>Run commands inside running containers.</summary>
    IExecOperations Exec { get; }

    /// <summary>User networks.</summary>
    INetworkOperations Networks { get; }

    /// <summary>Named volumes.</summary>
    IVolumeOperations Volumes { get; }
}
