using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

/// <summary>Image operations (<c>docker build/import/images/tag/rmi/commit</c>).</summary>
public interface IImageOperations
{
    /// <summary>Builds an image from a tar build context. API <c>POST /build</c>; CLI <c>docker build</c>. Progress lines are reported; a failed step throws.</summary>
    /// <returns>The new image id.</returns>
    /// <exception cref="DockerApiException">The Dockerfile is malformed or a step failed (the engine's message).</exception>
    Task<string> BuildImageFromDockerfileAsync(ImageBuildParameters parameters, Stream contents, IProgress<JSONMessage>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Imports a root filesystem tar as an image. API <c>POST /images/create?fromSrc=-</c>; CLI <c>docker import</c>.</summary>
    /// <returns>The new image id.</returns>
    Task<string> ImportImageAsync(ImagesCreateParameters parameters, Stream tar, IProgress<JSONMessage>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Lists images. API <c>GET /images/json</c>; CLI <c>docker images</c>.</summary>
    Task<IList<ImagesListResponse>> ListImagesAsync(ImagesListParameters? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Inspects an image. API <c>GET /images/{name}/json</c>; CLI <c>docker image inspect</c>.</summary>
    /// <exception cref="DockerImageNotFoundException">No such image.</exception>
    Task<ImageInspectResponse> InspectImageAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Adds a name to an image. API <c>POST /images/{name}/tag</c>; CLI <c>docker tag</c>.</summary>
    /// <exception cref="DockerImageNotFoundException">No such image.</exception>
    Task TagImageAsync(string name, ImageTagParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>Removes an image. API <c>DELETE /images/{name}</c>; CLI <c>docker rmi</c>.</summary>
    /// <exception cref="DockerImageNotFoundException">No such image.</exception>
    /// <exception cref="DockerConflictException">A container uses it.</exception>
    Task<IList<IDictionary<string, string>>> DeleteImageAsync(string name, ImageDeleteParameters? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Snapshots a container as a new image. API <c>POST /commit</c>; CLI <c>docker commit</c>.</summary>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    Task<CommitContainerChangesResponse> CommitContainerChangesAsync(CommitContainerChangesParameters parameters, CancellationToken cancellationToken = default);
}
