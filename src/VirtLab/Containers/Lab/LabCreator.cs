using System.Diagnostics;
using System.Globalization;

namespace VirtLab.Containers.Lab;

/// <summary>
/// Who created a VirtLab resource: <c>host:pid:start</c> of the creating process, stored in the
/// <see cref="LabLabels.Creator"/> label. <c>virtlab clean</c> uses it to remove the leftovers of sessions that
/// died and keep those of sessions still running (a notebook open in VS Code, a test run beside it).
/// </summary>
public static class LabCreator
{
    private static readonly Lazy<string> CurrentValue = new(() => Format(Environment.MachineName, Environment.ProcessId, StartOf(Process.GetCurrentProcess())));

    /// <summary>This process, as the label value.</summary>
    public static string Current => CurrentValue.Value;

    /// <summary>The label value for a process (also used by tests to label a "crashed" session).</summary>
    public static string Format(string host, int processId, long startTicks) =>
        string.Create(CultureInfo.InvariantCulture, $"{host}:{processId}:{startTicks}");

    /// <summary>
    /// Whether the creator named by <paramref name="label"/> may still be running: true for this machine's live
    /// process with the same start time, and for a process on another machine (it cannot be checked from here,
    /// so it is kept); false for a process that has exited, or a pid reused by a later process.
    /// </summary>
    /// <param name="label">The label value; null or malformed means an unknown creator, which is not alive.</param>
    public static bool IsAlive(string? label)
    {
        var parts = label?.Split(':');
        if (parts is not { Length: 3 } || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return false;
        }

        if (!string.Equals(parts[0], Environment.MachineName, StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && StartOf(process) == start;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;   // no such process (or it exited while we looked)
        }
    }

    // Whole seconds: the start time is read from /proc with clock-tick precision, and must compare equal.
    private static long StartOf(Process process) => process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
}
