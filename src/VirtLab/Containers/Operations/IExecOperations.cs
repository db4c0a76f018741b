using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

/// <summary>Running commands inside a running container (<c>docker exec</c>).</summary>
public interface IExecOperations
{
    /// <summary>Creates an exec instance. API <c>POST /containers/{id}/exec</c>.</summary>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    /// <exception cref="DockerConflictException">The container is not running.</exception>
    Task<ContainerExecCreateResponse> ExecCreateContainerAsync(string containerId, ContainerExecCreateParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>Starts an exec instance and attaches to its output until it exits. API <c>POST /exec/{id}/start</c>.</summary>
    Task<MultiplexedStream> StartAndAttachContainerExecAsync(string execId, bool tty, CancellationToken cancellationToken = default);

    /// <summary>Inspects an exec instance (its exit code once it ended). API <c>GET /exec/{id}/json</c>.</summary>
    Task<ContainerExecInspectResponse> InspectContainerExecAsync(string execId, CancellationToken cancellationToken = default);

    /// <summary>Runs a command to the end and returns its output and exit code: create, start, read, inspect. CLI <c>docker exec CONTAINER CMD…</c>.</summary>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    /// <exception cref="DockerConflictException">The container is not running.</exception>
    Task<ExecResult> RunAsync(string containerId, IReadOnlyList<string> command, CancellationToken cancellationToken = default);
}
