using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

internal sealed class ImageOperations : IImageOperations
{
    private readonly DockerClient _client;

    public ImageOperations(DockerClient client) => _client = client;

    public async Task<string> BuildImageFromDockerfileAsync(ImageBuildParameters parameters, Stream contents, IProgress<JSONMessage>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(contents);
        var query = new QueryString().Add("dockerfile", parameters.Dockerfile).AddJson("labels", parameters.Labels)
            .Add("nocache", parameters.NoCache).Add("rm", parameters.Remove).Add("forcerm", parameters.ForceRemove);
        foreach (var tag in parameters.Tags ?? [])
        {
            query.Add("t", tag);
        }

        var id = await StreamProgressAsync($"build{query}", contents, progress, cancellationToken).ConfigureAwait(false);
        return id ?? throw new DockerApiException(HttpStatusCode.OK, "{\"message\":\"The build ended without an image id.\"}");
    }

    public async Task<string> ImportImageAsync(ImagesCreateParameters parameters, Stream tar, IProgress<JSONMessage>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(tar);
        var query = new QueryString().Add("fromSrc", "-").Add("repo", parameters.Repo).Add("tag", parameters.Tag).Add("message", parameters.Message);
        foreach (var change in parameters.Changes ?? [])
        {
            query.Add("changes", change);
        }

        var id = await StreamProgressAsync($"images/create{query}", tar, progress, cancellationToken).ConfigureAwait(false);
        return id ?? throw new DockerApiException(HttpStatusCode.OK, "{\"message\":\"The import ended without an image id.\"}");
    }

    public Task<IList<ImagesListResponse>> ListImagesAsync(ImagesListParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("all", parameters?.All).AddJson("filters", parameters?.Filters);
        return _client.SendJsonAsync<IList<ImagesListResponse>>(HttpMethod.Get, "images/json" + query, null, null, cancellationToken);
    }

    public Task<ImageInspectResponse> InspectImageAsync(string name, CancellationToken cancellationToken = default) =>
        _client.SendJsonAsync<ImageInspectResponse>(HttpMethod.Get, $"images/{DockerClient.Escape(name, nameof(name))}/json", null, NotFound(name), cancellationToken);

    public Task TagImageAsync(string name, ImageTagParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentException.ThrowIfNullOrEmpty(parameters.RepositoryName, nameof(parameters) + "." + nameof(parameters.RepositoryName));
        var query = new QueryString().Add("repo", parameters.RepositoryName).Add("tag", parameters.Tag);
        return _client.SendAsync(HttpMethod.Post, $"images/{DockerClient.Escape(name, nameof(name))}/tag{query}", null, NotFound(name), cancellationToken);
    }

    public Task<IList<IDictionary<string, string>>> DeleteImageAsync(string name, ImageDeleteParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("force", parameters?.Force).Add("noprune", parameters?.NoPrune);
        return _client.SendJsonAsync<IList<IDictionary<string, string>>>(HttpMethod.Delete, $"images/{DockerClient.Escape(name, nameof(name))}{query}", null, NotFound(name), cancellationToken);
    }

    public Task<CommitContainerChangesResponse> CommitContainerChangesAsync(CommitContainerChangesParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentException.ThrowIfNullOrEmpty(parameters.ContainerID, nameof(parameters) + "." + nameof(parameters.ContainerID));
        var query = new QueryString().Add("container", parameters.ContainerID).Add("repo", parameters.RepositoryName).Add("tag", parameters.Tag)
            .Add("comment", parameters.Comment).Add("author", parameters.Author).Add("pause", parameters.Pause);
        foreach (var change in parameters.Changes ?? [])
        {
            query.Add("changes", change);
        }

        return _client.SendJsonAsync<CommitContainerChangesResponse>(HttpMethod.Post, "commit" + query, new { }, ContainerOperations.NotFound(parameters.ContainerID), cancellationToken);
    }

    /// <summary>Posts a tar and reads the JSON progress lines; errors come inside a 200 reply, so every line is checked.</summary>
    private async Task<string?> StreamProgressAsync(string path, Stream tar, IProgress<JSONMessage>? progress, CancellationToken cancellationToken)
    {
        var content = new StreamContent(tar);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        using var response = await _client.SendStreamingAsync(HttpMethod.Post, path, content, null, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        string? id = null;
        await foreach (var message in JsonLineReader.ReadAsync<JSONMessage>(body, cancellationToken).ConfigureAwait(false))
        {
            progress?.Report(message);
            if (!string.IsNullOrEmpty(message.Error) || message.ErrorDetail is not null)
            {
                var text = message.ErrorDetail?.Message ?? message.Error ?? "unknown error";
                throw new DockerApiException(HttpStatusCode.OK, JsonSerializer.Serialize(new { message = text }));
            }

            if (message.Aux is { ValueKind: JsonValueKind.Object } aux && aux.TryGetProperty("ID", out var auxId))
            {
                id = auxId.GetString();
            }
            else if (message.Status is { } status && status.StartsWith("sha256:", StringComparison.Ordinal))
            {
                id = status.Trim();
            }
        }

        return id;
    }

    private static Func<HttpStatusCode, string, Exception?> NotFound(string name) =>
        (status, body) => status == HttpStatusCode.NotFound ? new DockerImageNotFoundException(name, body) : null;
}
