namespace VirtLab.Notebooks.Grading;

/// <summary>Sets Unix permissions so the sandbox's unprivileged user can use the submission folder and socket (no-op on Windows).</summary>
internal static class FileModes
{
    public static void Set(string path, int octal)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)octal);
        }
    }
}
