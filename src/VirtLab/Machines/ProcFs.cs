using System.Globalization;

namespace VirtLab.Machines;

/// <summary>Small readers of <c>/proc/&lt;pid&gt;</c> used to recognise VirtLab's own processes.</summary>
internal static class ProcFs
{
    /// <summary>The process's start time in clock ticks since boot (field 22 of <c>/proc/pid/stat</c>), or null if it is gone.</summary>
    public static long? StartTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[19], CultureInfo.InvariantCulture); // field 22 overall = index 19 after "pid (comm)"
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException
                                              or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The process's argv, or an empty list if it is gone.</summary>
    public static IReadOnlyList<string> CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>True when <paramref name="pid"/> runs and started at <paramref name="startTicks"/> (so it is not a recycled pid).</summary>
    public static bool IsSameProcess(int pid, long startTicks) => StartTicks(pid) == startTicks;

    /// <summary>Writes "pid startTicks".</summary>
    public static void WriteIdentity(string file, int pid)
    {
        File.WriteAllText(file, $"{pid} {StartTicks(pid) ?? 0}\n");
    }

    /// <summary>Reads "pid startTicks".</summary>
    public static (int Pid, long StartTicks)? ReadIdentity(string file)
    {
        try
        {
            var parts = File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return (int.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        catch (Exception exception) when (exception is IOException or FormatException or IndexOutOfRangeException
                                              or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
