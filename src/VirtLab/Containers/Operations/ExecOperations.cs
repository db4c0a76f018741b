using System.Net;
using System.Net.Http;
using VirtLab.Containers.Models;

namespace VirtLab.Containers.Operations;

internal sealed class ExecOperations : IExecOperations
{
    private readonly DockerClient _client;

    public ExecOperations(DockerClient client) => _client = client;

    public Task<ContainerExecCreateResponse> ExecCreateContainerAsync(string containerId, ContainerExecCreateParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Cmd.Count == 0)
        {
            throw new ArgumentException("Cmd must name a command to run.", nameof(parameters));
        }

        return _client.SendJsonAsync<ContainerExecCreateResponse>(HttpMethod.Post, $"containers/{DockerClient.Escape(containerId, nameof(containerId))}/exec", parameters, ContainerOperations.NotFound(containerId), cancellationToken);
    }

    public async Task<MultiplexedStream> StartAndAttachContainerExecAsync(string execId, bool tty, CancellationToken cancellationToken = default)
    {
        var body = DockerClient.JsonContent(new { Detach = false, Tty = tty });
        var response = await _client.SendStreamingAsync(HttpMethod.Post, $"exec/{DockerClient.Escape(execId, nameof(execId))}/start", body, NotFound(execId), cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new MultiplexedStream(stream, multiplexed: !tty, owner: response);
    }

    public Task<ContainerExecInspectResponse> InspectContainerExecAsync(string execId, CancellationToken cancellationToken = default) =>
        _client.SendJsonAsync<ContainerExecInspectResponse>(HttpMethod.Get, $"exec/{DockerClient.Escape(execId, nameof(execId))}/json", null, NotFound(execId), cancellationToken);

    public async Task<ExecResult> RunAsync(string containerId, IReadOnlyList<string> command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var created = await ExecCreateContainerAsync(containerId, new ContainerExecCreateParameters { Cmd = command.ToList() }, cancellationToken).ConfigureAwait(false);
        string stdout;
        string stderr;
        using (var stream = await StartAndAttachContainerExecAsync(created.ID, tty: false, cancellationToken).ConfigureAwait(false))
        {
            (stdout, stderr) = await stream.ReadOutputToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        // The exit code is recorded a moment after the output closes.
        for (var attempt = 0; ; attempt++)
        {
            var inspect = await InspectContainerExecAsync(created.ID, cancellationToken).ConfigureAwait(false);
            if (!inspect.Running && inspect.ExitCode is { } code)
            {
                return new ExecResult { Stdout = stdout, Stderr = stderr, ExitCode = code };
            }

            if (attempt > 200)
            {
                throw new TimeoutException($"The command '{string.Join(' ', command)}' closed its output but the engine reports no exit code.");
            }

            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Func<HttpStatusCode, string, Exception?> NotFound(string id) =>
        (status, body) => status == HttpStatusCode.NotFound ? new DockerNotFoundException("exec instance", id, body) : null;
}
