using System.Runtime.InteropServices;

namespace VirtLab.Notebooks.Grading;

/// <summary>The few libc calls grading needs on Linux (ownership, signals to process groups).</summary>
internal static class Native
{
    public const int SigKill = 9;

    [DllImport("libc", SetLastError = true, EntryPoint = "chown")]
    public static extern int Chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int owner, int group);

    [DllImport("libc", SetLastError = true, EntryPoint = "kill")]
    public static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "geteuid")]
    public static extern int GetEuid();

    [DllImport("libc", EntryPoint = "getegid")]
    public static extern int GetEgid();
}
