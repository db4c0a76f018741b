using Docker.DotNet;

namespace VirtLab.Reliability.Supervision;

/// <summary>Healthy while the engine reports the container running and neither paused nor restarting (<c>docker inspect</c>).</summary>
public sealed class RunningProbe : IHealthProbe
{
    /// <inheritdoc />
    public string Name => "running";

    /// <inheritdoc />
    public async Task<bool> IsHealthyAsync(IDockerClient client, string containerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            var state = (await client.Containers.InspectContainerAsync(containerId, cancellationToken).ConfigureAwait(false)).State;
            return state is { Running: true, Paused: false, Restarting: false };
        }
        catch (DockerApiException)
        {
            return false;
        }
    }
}
