using System.Net;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

internal sealed class ContainerOperations : IContainerOperations
{
    private readonly DockerClient _client;

    public ContainerOperations(DockerClient client) => _client = client;

    internal static Func<HttpStatusCode, string, Exception?> NotFound(string id) =>
        (status, body) => status == HttpStatusCode.NotFound ? new DockerContainerNotFoundException(id, body) : null;

    public Task<CreateContainerResponse> CreateContainerAsync(CreateContainerParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentException.ThrowIfNullOrEmpty(parameters.Image, nameof(parameters) + "." + nameof(parameters.Image));
        var query = new QueryString().Add("name", parameters.Name);
        return _client.SendJsonAsync<CreateContainerResponse>(HttpMethod.Post, "containers/create" + query, parameters,
            (status, body) => status == HttpStatusCode.NotFound ? new DockerImageNotFoundException(parameters.Image!, body) : null,
            cancellationToken);
    }

    public async Task<bool> StartContainerAsync(string id, ContainerStartParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        var (status, _) = await _client.SendWithStatusAsync(HttpMethod.Post, $"containers/{DockerClient.Escape(id, nameof(id))}/start", null, NotFound(id), cancellationToken).ConfigureAwait(false);
        return status != HttpStatusCode.NotModified;
    }

    public async Task<bool> StopContainerAsync(string id, ContainerStopParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("t", parameters?.WaitBeforeKillSeconds);
        // Stop may wait longer than the default timeout (the grace period), so only the caller's token applies.
        var (status, _) = await _client.SendWithStatusAsync(HttpMethod.Post, $"containers/{DockerClient.Escape(id, nameof(id))}/stop{query}", null, NotFound(id), cancellationToken, useTimeout: parameters?.WaitBeforeKillSeconds is null or < 60).ConfigureAwait(false);
        return status != HttpStatusCode.NotModified;
    }

    public Task RestartContainerAsync(string id, ContainerRestartParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("t", parameters?.WaitBeforeKillSeconds);
        return _client.SendAsync(HttpMethod.Post, $"containers/{DockerClient.Escape(id, nameof(id))}/restart{query}", null, NotFound(id), cancellationToken);
    }

    public Task KillContainerAsync(string id, ContainerKillParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("signal", parameters?.Signal);
        return _client.SendAsync(HttpMethod.Post, $"containers/{DockerClient.Escape(id, nameof(id))}/kill{query}", null, NotFound(id), cancellationToken);
    }

    public Task PauseContainerAsync(string id, CancellationToken cancellationToken = default) =>
        _client.SendAsync(HttpMethod.Post, $"containers/{DockerClient.Escape(id, nameof(id))}/pause", null, NotFound(id), cancellationToken);

    public Task UnpauseContainerAsync(string id, CancellationToken cancellationToken = default) =>
        _client.SendAsync(HttpMethod.Post, $"containers/{DockerClient.Escape(id, nameof(id))}/unpause", null, NotFound(id), cancellationToken);

    public async Task<ContainerWaitResponse> WaitContainerAsync(string id, CancellationToken cancellationToken = default)
    {
        using var response = await _client.SendStreamingAsync(HttpMethod.Post, $"containers/{DockerClient.Escape(id, nameof(id))}/wait", null, NotFound(id), cancellationToken).ConfigureAwait(false);
        var json = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return DockerJson.Deserialize<ContainerWaitResponse>(json);
    }

    public Task RemoveContainerAsync(string id, ContainerRemoveParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("force", parameters?.Force).Add("v", parameters?.RemoveVolumes);
        return _client.SendAsync(HttpMethod.Delete, $"containers/{DockerClient.Escape(id, nameof(id))}{query}", null, NotFound(id), cancellationToken);
    }

    public Task<IList<ContainerListResponse>> ListContainersAsync(ContainersListParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("all", parameters?.All).Add("limit", parameters?.Limit).AddJson("filters", parameters?.Filters);
        return _client.SendJsonAsync<IList<ContainerListResponse>>(HttpMethod.Get, "containers/json" + query, null, null, cancellationToken);
    }

    public Task<ContainerInspectResponse> InspectContainerAsync(string id, CancellationToken cancellationToken = default) =>
        _client.SendJsonAsync<ContainerInspectResponse>(HttpMethod.Get, $"containers/{DockerClient.Escape(id, nameof(id))}/json", null, NotFound(id), cancellationToken);

    public async Task<MultiplexedStream> GetContainerLogsAsync(string id, bool tty, ContainerLogsParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.ShowStdout != true && parameters.ShowStderr != true)
        {
            throw new ArgumentException("Choose at least one stream: set ShowStdout or ShowStderr.", nameof(parameters));
        }

        var query = new QueryString().Add("stdout", parameters.ShowStdout).Add("stderr", parameters.ShowStderr)
            .Add("follow", parameters.Follow).Add("timestamps", parameters.Timestamps).Add("tail", parameters.Tail).Add("since", parameters.Since);
        var response = await _client.SendStreamingAsync(HttpMethod.Get, $"containers/{DockerClient.Escape(id, nameof(id))}/logs{query}", null, NotFound(id), cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new MultiplexedStream(body, multiplexed: !tty, owner: response);
    }

    public Task<ContainerStatsResponse> GetContainerStatsAsync(string id, CancellationToken cancellationToken = default) =>
        _client.SendJsonAsync<ContainerStatsResponse>(HttpMethod.Get, $"containers/{DockerClient.Escape(id, nameof(id))}/stats?stream=0", null, NotFound(id), cancellationToken);

    public async IAsyncEnumerable<ContainerStatsResponse> StreamContainerStatsAsync(string id, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var response = await _client.SendStreamingAsync(HttpMethod.Get, $"containers/{DockerClient.Escape(id, nameof(id))}/stats?stream=1", null, NotFound(id), cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var sample in JsonLineReader.ReadAsync<ContainerStatsResponse>(body, cancellationToken).ConfigureAwait(false))
        {
            yield return sample;
        }
    }

    public Task UpdateContainerAsync(string id, ContainerUpdateParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return _client.SendAsync(HttpMethod.Post, $"containers/{DockerClient.Escape(id, nameof(id))}/update", DockerClient.JsonContent(parameters), NotFound(id), cancellationToken);
    }

    public async Task<GetArchiveFromContainerResponse> GetArchiveFromContainerAsync(string id, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var query = new QueryString().Add("path", path);
        var response = await _client.SendStreamingAsync(HttpMethod.Get, $"containers/{DockerClient.Escape(id, nameof(id))}/archive{query}", null, NotFound(id + ":" + path), cancellationToken).ConfigureAwait(false);
        ContainerPathStatResponse? stat = null;
        if (response.Headers.TryGetValues("X-Docker-Container-Path-Stat", out var values))
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(values.First()));
            stat = DockerJson.Deserialize<ContainerPathStatResponse>(json);
        }

        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new GetArchiveFromContainerResponse(stat, new OwningStream(body, response));
    }

    public Task ExtractArchiveToContainerAsync(string id, string path, Stream tar, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(tar);
        var query = new QueryString().Add("path", path);
        var content = new StreamContent(tar);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-tar");
        return _client.SendAsync(HttpMethod.Put, $"containers/{DockerClient.Escape(id, nameof(id))}/archive{query}", content, NotFound(id + ":" + path), cancellationToken);
    }

    public async Task<Stream> ExportContainerAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendStreamingAsync(HttpMethod.Get, $"containers/{DockerClient.Escape(id, nameof(id))}/export", null, NotFound(id), cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new OwningStream(body, response);
    }
}
