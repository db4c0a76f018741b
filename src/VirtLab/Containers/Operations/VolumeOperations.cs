using System.Net;
using System.Net.Http;
using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

internal sealed class VolumeOperations : IVolumeOperations
{
    private readonly DockerClient _client;

    public VolumeOperations(DockerClient client) => _client = client;

    public Task<VolumeResponse> CreateAsync(VolumesCreateParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return _client.SendJsonAsync<VolumeResponse>(HttpMethod.Post, "volumes/create", parameters, null, cancellationToken);
    }

    public Task<VolumesListResponse> ListAsync(VolumesListParameters? parameters = null, CancellationToken cancellationToken = default) =>
        _client.SendJsonAsync<VolumesListResponse>(HttpMethod.Get, "volumes" + new QueryString().AddJson("filters", parameters?.Filters), null, null, cancellationToken);

    public Task<VolumeResponse> InspectAsync(string name, CancellationToken cancellationToken = default) =>
        _client.SendJsonAsync<VolumeResponse>(HttpMethod.Get, $"volumes/{DockerClient.Escape(name, nameof(name))}", null, NotFound(name), cancellationToken);

    public Task RemoveAsync(string name, bool? force = null, CancellationToken cancellationToken = default) =>
        _client.SendAsync(HttpMethod.Delete, $"volumes/{DockerClient.Escape(name, nameof(name))}{new QueryString().Add("force", force)}", null, NotFound(name), cancellationToken);

    private static Func<HttpStatusCode, string, Exception?> NotFound(string name) =>
        (status, body) => status == HttpStatusCode.NotFound ? new DockerVolumeNotFoundException(name, body) : null;
}
