namespace VirtLab.Notebooks.Tests.TestSupport;

/// <summary>Paths inside the repository the tests run from.</summary>
internal static class Repo
{
    /// <summary>The folder that holds VirtLab.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>tests/VirtLab.Notebooks.Tests/Notebooks (the test notebooks, run in place so relative #r paths hold).</summary>
    public static string TestNotebooks => Path.Combine(Root, "tests", "VirtLab.Notebooks.Tests", "Notebooks");

    /// <summary>The path of a test notebook.</summary>
    public static string TestNotebook(string name) => Path.Combine(TestNotebooks, name + ".ipynb");

    private static string FindRoot()
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
