namespace VirtLab.Tests;

/// <summary>Finds the repository root (the folder with VirtLab.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VirtLab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("VirtLab.sln not found above " + AppContext.BaseDirectory);
    }
}
