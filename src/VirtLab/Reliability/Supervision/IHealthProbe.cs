using Docker.DotNet;

namespace VirtLab.Reliability.Supervision;

/// <summary>Asks whether one container is healthy right now. A success counts as a heartbeat for the failure detector.</summary>
public interface IHealthProbe
{
    /// <summary>A short description for timelines ("http :80/", "running").</summary>
    string Name { get; }

    /// <summary>Probes the container; <see langword="false"/> (not an exception) when it is unhealthy or unreachable.</summary>
    /// <param name="client">The engine client.</param>
    /// <param name="containerId">The container's current id.</param>
    /// <param name="cancellationToken">Cancels the probe.</param>
    Task<bool> IsHealthyAsync(IDockerClient client, string containerId, CancellationToken cancellationToken);
}
