using Docker.DotNet;
using Docker.DotNet.Models;

namespace VirtLab.Containers;

/// <summary>
/// <c>docker exec CONTAINER CMD…</c> in one call: Docker.DotNet has the three steps (create, start and attach,
/// inspect) but nothing that returns the output and the exit code together.
/// </summary>
public static class DockerExec
{
    /// <summary>Runs a command inside a running container to its end and returns its stdout, stderr and exit code.</summary>
    /// <param name="client">The engine.</param>
    /// <param name="containerId">The container's id or name.</param>
    /// <param name="command">The command and its arguments, e.g. <c>["sh", "-c", "ls /"]</c>.</param>
    /// <param name="cancellationToken">Cancels the command's wait (the process keeps running in the container).</param>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    /// <exception cref="DockerApiException">The engine refused, e.g. 409 when the container is not running (<see cref="DockerErrors.Explain"/> says what to do).</exception>
    public static async Task<ExecResult> RunAsync(IDockerClient client, string containerId, IReadOnlyList<string> command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(containerId);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Count == 0)
        {
            throw new ArgumentException("Give the command to run, e.g. [\"hostname\"].", nameof(command));
        }

        var created = await client.Exec.CreateContainerExecAsync(
            containerId,
            new ContainerExecCreateParameters { Cmd = command.ToList(), AttachStdout = true, AttachStderr = true },
            cancellationToken).ConfigureAwait(false);
        string stdout;
        string stderr;
        using (var stream = await client.Exec.StartContainerExecAsync(created.ID, new ContainerExecStartParameters(), cancellationToken).ConfigureAwait(false))
        {
            (stdout, stderr) = await stream.ReadOutputToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        // The engine records the exit code a moment after the output closes.
        for (var attempt = 0; ; attempt++)
        {
            var inspect = await client.Exec.InspectContainerExecAsync(created.ID, cancellationToken).ConfigureAwait(false);
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
}
