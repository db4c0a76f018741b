using Docker.DotNet;
using Docker.DotNet.Models;

namespace VirtLab.Containers.Lab;

/// <summary>Removes VirtLab-labelled leftovers (<c>virtlab clean</c>), never anything without VirtLab's label.</summary>
public static class LabCleanup
{
    /// <summary>Removes every container, image, network and volume whose labels match <paramref name="labelFilter"/>, except the lab image.</summary>
    /// <param name="client">The engine.</param>
    /// <param name="labelFilter">A label filter, <c>key</c> or <c>key=value</c>; default every VirtLab resource (<c>virtlab.owner=virtlab</c>).</param>
    /// <param name="cancellationToken">Cancels the sweep.</param>
    /// <param name="keepLiveSessions">
    /// Leave resources whose <see cref="LabLabels.Creator"/> is a process still running (<see cref="LabCreator.IsAlive"/>),
    /// so sweeping up after crashed sessions never pulls containers from under a running notebook or test run.
    /// </param>
    public static async Task<CleanupReport> RemoveAsync(IDockerClient client, string? labelFilter = null, CancellationToken cancellationToken = default, bool keepLiveSessions = false)
    {
        ArgumentNullException.ThrowIfNull(client);
        labelFilter ??= $"{LabLabels.Owner}={LabLabels.OwnerValue}";
        if (!labelFilter.StartsWith("virtlab.", StringComparison.Ordinal))
        {
            throw new ArgumentException("Cleanup only removes VirtLab resources: the label filter must start with 'virtlab.'.", nameof(labelFilter));
        }

        var filter = LabLabels.Filter(labelFilter);
        var kept = new List<string>();
        bool Keep(IDictionary<string, string>? labels, string name)
        {
            if (keepLiveSessions && labels is not null && labels.TryGetValue(LabLabels.Creator, out var creator) && LabCreator.IsAlive(creator))
            {
                kept.Add(name);
                return true;
            }

            return false;
        }

        var containers = new List<string>();
        foreach (var c in await client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = filter }, cancellationToken).ConfigureAwait(false))
        {
            if (Keep(c.Labels, c.Names?.FirstOrDefault()?.TrimStart('/') ?? c.ID))
            {
                continue;
            }

            try
            {
                await client.Containers.RemoveContainerAsync(c.ID, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cancellationToken).ConfigureAwait(false);
                containers.Add(c.Names?.FirstOrDefault()?.TrimStart('/') ?? c.ID);
            }
            catch (DockerContainerNotFoundException)
            {
                // Gone already (auto-remove, or another cleanup).
            }
        }

        var images = new List<string>();
        foreach (var image in await client.Images.ListImagesAsync(new ImagesListParameters { Filters = filter }, cancellationToken).ConfigureAwait(false))
        {
            if (image.Labels is not null && image.Labels.TryGetValue(LabLabels.Role, out var role) && role == LabLabels.LabImageRole
                && (image.RepoTags?.Contains(LabImage.Name) ?? false) && !(image.Labels?.ContainsKey(LabLabels.Session) ?? false))
            {
                continue;
            }

            if (Keep(image.Labels, image.RepoTags?.FirstOrDefault(t => t != "<none>:<none>") ?? image.ID))
            {
                continue;
            }

            try
            {
                await client.Images.DeleteImageAsync(image.ID, new ImageDeleteParameters { Force = true }, cancellationToken).ConfigureAwait(false);
                images.Add(image.RepoTags?.FirstOrDefault(t => t != "<none>:<none>") ?? image.ID);
            }
            catch (DockerImageNotFoundException)
            {
                // Removed with a parent already.
            }
        }

        var networks = new List<string>();
        foreach (var network in await client.Networks.ListNetworksAsync(new NetworksListParameters { Filters = filter }, cancellationToken).ConfigureAwait(false))
        {
            if (Keep(network.Labels, network.Name ?? network.ID))
            {
                continue;
            }

            try
            {
                await client.Networks.DeleteNetworkAsync(network.ID, cancellationToken).ConfigureAwait(false);
                networks.Add(network.Name ?? network.ID);
            }
            catch (DockerNetworkNotFoundException)
            {
                // Gone already.
            }
        }

        var volumes = new List<string>();
        var listed = await client.Volumes.ListAsync(new VolumesListParameters { Filters = filter }, cancellationToken).ConfigureAwait(false);
        foreach (var volume in listed.Volumes ?? [])
        {
            if (Keep(volume.Labels, volume.Name))
            {
                continue;
            }

            try
            {
                await client.Volumes.RemoveAsync(volume.Name, force: true, cancellationToken).ConfigureAwait(false);
                volumes.Add(volume.Name);
            }
            catch (DockerApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                // Docker.DotNet has no volume-specific exception: a 404 means it is gone already.
            }
        }

        return new CleanupReport(containers, images, networks, volumes) { Kept = kept };
    }
}
