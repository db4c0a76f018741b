using System.Diagnostics;

namespace VirtLab.Notebooks.Grading;

/// <summary>Gives a worker's private folders to the user it runs as (when the grader is root).</summary>
internal static class FileOwner
{
    /// <summary>Whether the grader runs as root (it can then give files to another user).</summary>
    public static bool IsRoot => OperatingSystem.IsLinux() && Native.GetEuid() == 0;

    /// <summary>Makes <paramref name="uid"/> (and its group of the same number) own <paramref name="path"/>; no-op when null or not root.</summary>
    public static void Give(string path, int? uid)
    {
        if (uid is { } owner && IsRoot && Native.Chown(path, owner, owner) != 0)
        {
            throw new IOException($"Could not give {path} to uid {owner} (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}).");
        }
    }

    /// <summary>The uid of a user name (<c>id -u</c>).</summary>
    /// <exception cref="InvalidOperationException">The user does not exist.</exception>
    public static async Task<int> UidOfAsync(string user, CancellationToken cancellationToken)
    {
        var (code, output) = await RunAsync("id", ["-u", user], cancellationToken).ConfigureAwait(false);
        return code == 0 && int.TryParse(output.Trim(), out var uid)
            ? uid
            : throw new InvalidOperationException($"The worker user '{user}' does not exist on this machine.");
    }

    internal static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"Could not run '{file}'.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        _ = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, await output.ConfigureAwait(false));
    }
}
