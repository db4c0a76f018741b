using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

/// <summary>User networks (<c>docker network …</c>): containers on one network reach each other by name.</summary>
public interface INetworkOperations
{
    /// <summary>Creates a network. API <c>POST /networks/create</c>; CLI <c>docker network create</c>.</summary>
    /// <exception cref="DockerConflictException">A network of that name exists.</exception>
    Task<NetworksCreateResponse> CreateNetworkAsync(NetworksCreateParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>Lists networks. API <c>GET /networks</c>; CLI <c>docker network ls</c>.</summary>
    Task<IList<NetworkResponse>> ListNetworksAsync(NetworksListParameters? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Inspects a network. API <c>GET /networks/{id}</c>; CLI <c>docker network inspect</c>.</summary>
    /// <exception cref="DockerNetworkNotFoundException">No such network.</exception>
    Task<NetworkResponse> InspectNetworkAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Attaches a container. API <c>POST /networks/{id}/connect</c>; CLI <c>docker network connect</c>.</summary>
    Task ConnectNetworkAsync(string id, NetworkConnectParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>Detaches a container. API <c>POST /networks/{id}/disconnect</c>; CLI <c>docker network disconnect</c>.</summary>
    Task DisconnectNetworkAsync(string id, NetworkDisconnectParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>Removes a network. API <c>DELETE /networks/{id}</c>; CLI <c>docker network rm</c>.</summary>
    /// <exception cref="DockerNetworkNotFoundException">No such network.</exception>
    Task DeleteNetworkAsync(string id, CancellationToken cancellationToken = default);
}
