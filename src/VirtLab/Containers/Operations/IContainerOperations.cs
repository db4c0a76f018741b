using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

/// <summary>Container operations (<c>docker run/start/stop/…</c>). Every method takes a cancellation token and, unless it streams, times out.</summary>
public interface IContainerOperations
{
    /// <summary>Creates a container. API <c>POST /containers/create</c>; CLI <c>docker create</c>.</summary>
    /// <exception cref="DockerImageNotFoundException">The image does not exist.</exception>
    /// <exception cref="DockerConflictException">The name is in use.</exception>
    Task<CreateContainerResponse> CreateContainerAsync(CreateContainerParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>Starts a container. API <c>POST /containers/{id}/start</c>; CLI <c>docker start</c>.</summary>
    /// <returns><see langword="false"/> if it was already running (HTTP 304).</returns>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    Task<bool> StartContainerAsync(string id, ContainerStartParameters? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Stops a container: SIGTERM, then SIGKILL after the wait. API <c>POST /containers/{id}/stop</c>; CLI <c>docker stop</c>.</summary>
    /// <returns><see langword="false"/> if it was already stopped (HTTP 304).</returns>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    Task<bool> StopContainerAsync(string id, ContainerStopParameters? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Restarts a container. API <c>POST /containers/{id}/restart</c>; CLI <c>docker restart</c>.</summary>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    Task RestartContainerAsync(string id, ContainerRestartParameters? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a signal (default SIGKILL). API <c>POST /containers/{id}/kill</c>; CLI <c>docker kill</c>.</summary>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    /// <exception cref="DockerConflictException">The container is not running.</exception>
    Task KillContainerAsync(string id, ContainerKillParameters? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Freezes every process of a container (cgroup freezer). API <c>POST /containers/{id}/pause</c>; CLI <c>docker pause</c>.</summary>
    Task PauseContainerAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Thaws a paused container. API <c>POST /containers/{id}/unpause</c>; CLI <c>docker unpause</c>.</summary>
    Task UnpauseContainerAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Waits until a container stops and returns its exit code. API <c>POST /containers/{id}/wait</c>; CLI <c>docker wait</c>. No timeout but the token.</summary>
    Task<ContainerWaitResponse> WaitContainerAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes a container. API <c>DELETE /containers/{id}</c>; CLI <c>docker rm</c>.</summary>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    /// <exception cref="DockerConflictException">It is running and <see cref="ContainerRemoveParameters.Force"/> is not set.</exception>
    Task RemoveContainerAsync(string id, ContainerRemoveParameters? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Lists containers. API <c>GET /containers/json</c>; CLI <c>docker ps</c>.</summary>
    Task<IList<ContainerListResponse>> ListContainersAsync(ContainersListParameters? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Inspects a container. API <c>GET /containers/{id}/json</c>; CLI <c>docker inspect</c>.</summary>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    Task<ContainerInspectResponse> InspectContainerAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Opens a container's logs. API <c>GET /containers/{id}/logs</c>; CLI <c>docker logs</c>.</summary>
    /// <param name="id">Container id or name.</param>
    /// <param name="tty">Whether the container has a TTY (its output is then not multiplexed).</param>
    /// <param name="parameters">Which streams; follow; tail.</param>
    /// <param name="cancellationToken">Cancels the read (the only limit when following).</param>
    Task<MultiplexedStream> GetContainerLogsAsync(string id, bool tty, ContainerLogsParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>Reads one stats sample (the engine waits ~1 s to fill <c>precpu_stats</c>). API <c>GET /containers/{id}/stats?stream=false</c>; CLI <c>docker stats --no-stream</c>.</summary>
    Task<ContainerStatsResponse> GetContainerStatsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Streams stats samples, one per second, until cancelled or the container stops. API <c>GET /containers/{id}/stats</c>; CLI <c>docker stats</c>.</summary>
    IAsyncEnumerable<ContainerStatsResponse> StreamContainerStatsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Changes resource limits of a live container. API <c>POST /containers/{id}/update</c>; CLI <c>docker update</c>.</summary>
    Task UpdateContainerAsync(string id, ContainerUpdateParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>Copies a path out of a container as a tar. API <c>GET /containers/{id}/archive</c>; CLI <c>docker cp CONTAINER:PATH -</c>.</summary>
    /// <exception cref="DockerContainerNotFoundException">No such container, or no such path.</exception>
    Task<GetArchiveFromContainerResponse> GetArchiveFromContainerAsync(string id, string path, CancellationToken cancellationToken = default);

    /// <summary>Unpacks a tar into an existing directory of a container. API <c>PUT /containers/{id}/archive</c>; CLI <c>docker cp - CONTAINER:PATH</c>.</summary>
    Task ExtractArchiveToContainerAsync(string id, string path, Stream tar, CancellationToken cancellationToken = default);

    /// <summary>Exports a container's root filesystem as a tar (a backup). API <c>GET /containers/{id}/export</c>; CLI <c>docker export</c>. The caller disposes the stream.</summary>
    Task<Stream> ExportContainerAsync(string id, CancellationToken cancellationToken = default);
}
