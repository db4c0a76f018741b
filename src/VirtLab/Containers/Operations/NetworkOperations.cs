using System.Net;
using System.Net.Http;
using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

internal sealed class NetworkOperations : INetworkOperations
{
    private readonly DockerClient _client;

    public NetworkOperations(DockerClient client) => _client = client;

    public Task<NetworksCreateResponse> CreateNetworkAsync(NetworksCreateParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentException.ThrowIfNullOrEmpty(parameters.Name, nameof(parameters) + "." + nameof(parameters.Name));
        return _client.SendJsonAsync<NetworksCreateResponse>(HttpMethod.Post, "networks/create", parameters, null, cancellationToken);
    }

    public Task<IList<NetworkResponse>> ListNetworksAsync(NetworksListParameters? parameters = null, CancellationToken cancellationToken = default) =>
        _client.SendJsonAsync<IList<NetworkResponse>>(HttpMethod.Get, "networks" + new QueryString().AddJson("filters", parameters?.Filters), null, null, cancellationToken);

    public Task<NetworkResponse> InspectNetworkAsync(string id, CancellationToken cancellationToken = default) =>
        _client.SendJsonAsync<NetworkResponse>(HttpMethod.Get, $"networks/{DockerClient.Escape(id, nameof(id))}", null, NotFound(id), cancellationToken);

    public Task ConnectNetworkAsync(string id, NetworkConnectParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return _client.SendAsync(HttpMethod.Post, $"networks/{DockerClient.Escape(id, nameof(id))}/connect", DockerClient.JsonContent(parameters), NotFound(id), cancellationToken);
    }

    public Task DisconnectNetworkAsync(string id, NetworkDisconnectParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return _client.SendAsync(HttpMethod.Post, $"networks/{DockerClient.Escape(id, nameof(id))}/disconnect", DockerClient.JsonContent(parameters), NotFound(id), cancellationToken);
    }

    public Task DeleteNetworkAsync(string id, CancellationToken cancellationToken = default) =>
        _client.SendAsync(HttpMethod.Delete, $"networks/{DockerClient.Escape(id, nameof(id))}", null, NotFound(id), cancellationToken);

    private static Func<HttpStatusCode, string, Exception?> NotFound(string id) =>
        (status, body) => status == HttpStatusCode.NotFound ? new DockerNetworkNotFoundException(id, body) : null;
}
