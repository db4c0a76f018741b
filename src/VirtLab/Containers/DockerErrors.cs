using System.Net;
using System.Text.Json;
using Docker.DotNet;

namespace VirtLab.Containers;

/// <summary>
/// Turns what Docker.DotNet throws into a sentence a learner can act on: what went wrong, then what to do next.
/// </summary>
/// <remarks>
/// Docker.DotNet's <see cref="DockerApiException"/> message is the HTTP status and the raw JSON body
/// (<c>Docker API responded with status code='Conflict', response='{"message":…}'</c>). The engine's own
/// message is inside; this class reads it and adds the next step for the mistakes learners make: a missing
/// image, a name already in use, a container that is not running, a host port already taken, an engine
/// that is down. The texts matched are the engine's (Docker 20.10 to 29), e.g. <c>No such image: …</c>,
/// <c>Conflict. The container name "/web" is already in use</c>, <c>Container … is not running</c>.
/// </remarks>
public static class DockerErrors
{
    /// <summary>What went wrong and what to do next, for an exception from Docker.DotNet or <see cref="DockerConnection"/>.</summary>
    /// <param name="exception">The exception caught.</param>
    /// <returns>One or two sentences; for an unknown error, the engine's own message with its HTTP status.</returns>
    public static string Explain(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is DockerUnreachableException)
        {
            return exception.Message;
        }

        if (DockerConnection.IsConnectFailure(exception))
        {
            return new DockerUnreachableException(null, exception).Message;
        }

        if (exception is not DockerApiException api)
        {
            return exception.Message;
        }

        var message = EngineMessage(api.ResponseBody);
        if (api is DockerImageNotFoundException || message.Contains("No such image", StringComparison.OrdinalIgnoreCase))
        {
            return $"{Sentence(message)} The image is not on this engine, and this lab has no registry to pull from: build the lab image with "
                + "'./virtlab lab build', make your own with lab.CommitAsync or lab.ImportAsync, or check the name with 'docker images'.";
        }

        if (api.StatusCode == HttpStatusCode.Conflict && message.Contains("is already in use", StringComparison.Ordinal))
        {
            return $"{Sentence(message)} Choose another Name (or leave it empty: the lab session makes a unique one), or remove the old container "
                + "first ('docker rm -f NAME', client.Containers.RemoveContainerAsync) if it is yours.";
        }

        if (api.StatusCode == HttpStatusCode.Conflict && message.Contains("is not running", StringComparison.Ordinal))
        {
            return $"{Sentence(message)} Exec, pause and kill need a running container: start it first ('docker start', "
                + "client.Containers.StartContainerAsync), or read why it stopped with lab.LogsAsync.";
        }

        if (api.StatusCode == HttpStatusCode.Conflict && message.Contains("is paused", StringComparison.Ordinal))
        {
            return $"{Sentence(message)} Unpause it first ('docker unpause', client.Containers.UnpauseContainerAsync).";
        }

        if (message.Contains("port is already allocated", StringComparison.Ordinal) || message.Contains("address already in use", StringComparison.Ordinal))
        {
            return $"{Sentence(message)} Another container or program holds that host port: publish on host port 0 (the engine picks a free one), "
                + "or stop the other container.";
        }

        if (api is DockerContainerNotFoundException || message.Contains("No such container", StringComparison.OrdinalIgnoreCase))
        {
            return $"{Sentence(message)} Check the id or name with 'docker ps -a': the container may have been removed (lab.CleanupAsync, AutoRemove).";
        }

        return $"Docker engine error {(int)api.StatusCode} ({api.StatusCode}): {message}";
    }

    private static string Sentence(string message) => message.EndsWith('.') ? message : message + ".";

    /// <summary>The engine's message in an error body: JSON <c>{"message":…}</c>, or plain text for some version errors.</summary>
    internal static string EngineMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(no message)";
        }

        var trimmed = body.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                if (document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                {
                    return message.GetString()?.Trim() ?? trimmed;
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: the raw text is the message.
            }
        }

        return trimmed;
    }
}
