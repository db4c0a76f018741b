namespace VirtLab.Cli;

/// <summary>Finds the course checkout (the folder with <c>VirtLab.sln</c>) from the working directory or the tool's own location.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { System.Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "VirtLab.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return System.Environment.CurrentDirectory;
    }
}
