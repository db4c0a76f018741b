namespace VirtLab.Notebooks.Grading;

/// <summary>
/// Asks the system, as the worker user itself, whether it can read files it must not see (the instructor notebook,
/// other submissions); a mode-bit guess would miss groups and ACLs.
/// </summary>
internal static class WorkerUserProbe
{
    /// <exception cref="InvalidOperationException">The user can read one of <paramref name="paths"/>.</exception>
    public static void EnsureCannotRead(string user, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return;
        }

        var group = FileOwner.RunAsync("id", ["-g", user], CancellationToken.None).GetAwaiter().GetResult();
        if (group.Code != 0)
        {
            throw new InvalidOperationException($"The worker user '{user}' does not exist on this machine.");
        }

        string[] probe = ["--reuid", user, "--regid", group.Output.Trim(), "--init-groups", "--", "/bin/sh", "-c", "for f; do [ -r \"$f\" ] && printf '%s\\n' \"$f\"; done; true", "probe", .. paths];
        var (code, readable) = FileOwner.RunAsync("setpriv", probe, CancellationToken.None).GetAwaiter().GetResult();
        if (code != 0)
        {
            throw new InvalidOperationException($"Could not check what the worker user '{user}' can read (setpriv exited with {code}).");
        }

        var found = readable.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (found.Length > 0)
        {
            throw new InvalidOperationException(
                $"The worker user '{user}' can read {found[0]}{(found.Length > 1 ? $" and {found.Length - 1} more" : string.Empty)}, so one submission could read the answers or another's work. "
                + "Make the assignment and the submissions readable only by the grader (e.g. chmod -R go-rwx on their folders) or grade with --sandbox docker.");
        }
    }
}
