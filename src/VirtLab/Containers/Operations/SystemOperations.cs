using System.Net.Http;
using System.Runtime.CompilerServices;
using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

internal sealed class SystemOperations : ISystemOperations
{
    private readonly DockerClient _client;

    public SystemOperations(DockerClient client) => _client = client;

    public Task PingAsync(CancellationToken cancellationToken = default) =>
        _client.SendAsync(HttpMethod.Get, "_ping", null, null, cancellationToken);

    public Task<VersionResponse> GetVersionAsync(CancellationToken cancellationToken = default) =>
        _client.SendJsonAsync<VersionResponse>(HttpMethod.Get, "version", null, null, cancellationToken);

    public Task<SystemInfoResponse> GetSystemInfoAsync(CancellationToken cancellationToken = default) =>
        _client.SendJsonAsync<SystemInfoResponse>(HttpMethod.Get, "info", null, null, cancellationToken);

    public async IAsyncEnumerable<Message> MonitorEventsAsync(ContainerEventsParameters? parameters = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("since", parameters?.Since).Add("until", parameters?.Until).AddJson("filters", parameters?.Filters);
        using var response = await _client.SendStreamingAsync(HttpMethod.Get, "events" + query, null, null, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var message in JsonLineReader.ReadAsync<Message>(body, cancellationToken).ConfigureAwait(false))
        {
            yield return message;
        }
    }
}
