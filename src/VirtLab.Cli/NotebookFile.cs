namespace VirtLab.Cli;

/// <summary>A notebook file to run, with the path it gets under an output folder.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="RelativePath">Path below the folder it was found in (just the file name for a file argument).</param>
/// <param name="DisplayPath">Path as shown to the user.</param>
internal sealed record NotebookFile(string FullPath, string RelativePath, string DisplayPath)
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".ipynb_checkpoints", "bin", "obj", "node_modules", ".git" };

    /// <summary>Expands files and folders (recursively, skipping checkpoints and build folders), sorted, without duplicates.</summary>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    public static List<NotebookFile> Find(IEnumerable<string> paths)
    {
        var found = new List<NotebookFile>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                found.Add(new NotebookFile(Path.GetFullPath(path), Path.GetFileName(path), path));
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                found.AddRange(Directory.EnumerateFiles(root, "*.ipynb", SearchOption.AllDirectories)
                    .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new NotebookFile(f, Path.GetRelativePath(root, f), Path.Combine(path, Path.GetRelativePath(root, f)))));
            }
            else
            {
                throw new FileNotFoundException($"No such notebook or folder: {path}", path);
            }
        }

        return found.DistinctBy(f => f.FullPath).ToList();
    }
}
