using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

/// <summary>Engine-wide operations: ping, version, info, events.</summary>
public interface ISystemOperations
{
    /// <summary>Checks that the engine answers. API <c>GET /_ping</c>.</summary>
    /// <exception cref="DockerUnreachableException">No engine answers.</exception>
    Task PingAsync(CancellationToken cancellationToken = default);

    /// <summary>Engine and API versions. API <c>GET /version</c>; CLI <c>docker version</c>.</summary>
    Task<VersionResponse> GetVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Host facts: CPUs, memory, cgroup version, storage driver. API <c>GET /info</c>; CLI <c>docker info</c>.</summary>
    Task<SystemInfoResponse> GetSystemInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams engine events until cancelled (or until <see cref="ContainerEventsParameters.Until"/>). API <c>GET /events</c>; CLI <c>docker events</c>.</summary>
    IAsyncEnumerable<Message> MonitorEventsAsync(ContainerEventsParameters? parameters = null, CancellationToken cancellationToken = default);
}
