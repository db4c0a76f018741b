using System.Globalization;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// The processes of one worker's process group (the worker starts through <c>setsid</c>, so its pid is the group id):
/// what a submission started is killed at the end of each step, everything at the end of the submission.
/// A process that starts its own session (<c>setsid</c>) leaves the group; only the docker sandbox catches those.
/// </summary>
internal static class ProcessGroup
{
    /// <summary>Kills every process of group <paramref name="groupId"/> except <paramref name="keep"/>.</summary>
    /// <returns>How many were killed.</returns>
    public static int KillMembers(int groupId, int keep)
    {
        var killed = 0;
        foreach (var pid in Members(groupId).Where(p => p != keep))
        {
            if (Native.Kill(pid, Native.SigKill) == 0)
            {
                killed++;
            }
        }

        return killed;
    }

    /// <summary>Kills the whole group.</summary>
    public static void KillAll(int groupId)
    {
        if (OperatingSystem.IsLinux() && groupId > 1)
        {
            Native.Kill(-groupId, Native.SigKill);
        }
    }

    private static IEnumerable<int> Members(int groupId)
    {
        if (!OperatingSystem.IsLinux())
        {
            yield break;
        }

        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // Gone meanwhile.
            }

            // "pid (comm) state ppid pgrp …": comm may contain spaces and parentheses, so split after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length > 2 && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var group) && group == groupId)
            {
                yield return pid;
            }
        }
    }
}
