using Docker.DotNet;
using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.Notebooks.Execution;

/// <summary>Removes the Docker resources a notebook run left behind (those labelled with its run id).</summary>
internal static class RunLeftovers
{
    public static async Task RemoveAsync(string runId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            using var client = await DockerConnection.ConnectAsync(cancellationToken: timeout.Token).ConfigureAwait(false);
            await LabCleanup.RemoveAsync(client, $"{LabLabels.Run}={runId}", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DockerUnreachableException or DockerApiException or TimeoutException or OperationCanceledException or NotSupportedException)
        {
            // No engine (a notebook without containers needs none), or it is busy: `virtlab clean` sweeps later.
        }
    }
}
