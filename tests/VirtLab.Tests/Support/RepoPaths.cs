namespace VirtLab.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "VirtLab.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("VirtLab.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Data(params string[] parts) => Path.Combine([Root, "data", .. parts]);
}
