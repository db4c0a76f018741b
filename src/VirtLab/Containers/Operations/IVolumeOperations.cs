using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

/// <summary>Named volumes (<c>docker volume …</c>): data that outlives containers.</summary>
public interface IVolumeOperations
{
    /// <summary>Creates a volume. API <c>POST /volumes/create</c>; CLI <c>docker volume create</c>.</summary>
    Task<VolumeResponse> CreateAsync(VolumesCreateParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>Lists volumes. API <c>GET /volumes</c>; CLI <c>docker volume ls</c>.</summary>
    Task<VolumesListResponse> ListAsync(VolumesListParameters? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Inspects a volume. API <c>GET /volumes/{name}</c>; CLI <c>docker volume inspect</c>.</summary>
    /// <exception cref="DockerVolumeNotFoundException">No such volume.</exception>
    Task<VolumeResponse> InspectAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Removes a volume. API <c>DELETE /volumes/{name}</c>; CLI <c>docker volume rm</c>.</summary>
    /// <exception cref="DockerVolumeNotFoundException">No such volume.</exception>
    /// <exception cref="DockerConflictException">A container uses it.</exception>
    Task RemoveAsync(string name, bool? force = null, CancellationToken cancellationToken = default);
}
