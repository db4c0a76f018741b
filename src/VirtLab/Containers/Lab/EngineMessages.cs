using Docker.DotNet.Models;

namespace VirtLab.Containers.Lab;

/// <summary>
/// Collects the JSON messages a build or an import streams back: passes their text on as progress and keeps the
/// first error and the last status. Reports arrive on the reading thread (<see cref="Progress{T}"/> would post them later).
/// </summary>
/// <remarks>A failed build or import still answers HTTP 200, with the error inside a message; Docker.DotNet does not throw it, so the caller checks <see cref="Error"/>.</remarks>
internal sealed class EngineMessages(IProgress<string>? progress) : IProgress<JSONMessage>
{
    /// <summary>The first error message, if any.</summary>
    public string? Error { get; private set; }

    /// <summary>The last <c>status</c> (an import's last status is the new image id).</summary>
    public string? LastStatus { get; private set; }

    public void Report(JSONMessage value)
    {
        if (value.Error?.Message is { Length: > 0 } error)
        {
            Error ??= error;
        }

        if (!string.IsNullOrWhiteSpace(value.Status))
        {
            LastStatus = value.Status.Trim();
        }

        var text = (value.Stream ?? value.Status)?.TrimEnd();
        if (!string.IsNullOrWhiteSpace(text))
        {
            progress?.Report(text);
        }
    }
}
