using System.Text.Json;

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
    public static List<NotebookFile> Find(IEnumerable<string> paths) => Find(paths, skipStudentVersions: false, out _);

    /// <summary>
    /// As <see cref="Find(IEnumerable{string})"/>; with <paramref name="skipStudentVersions"/>, notebooks found inside a
    /// folder that <c>virtlab assign</c> generated (metadata <c>virtlab.student_version_of</c>) are left out and listed
    /// in <paramref name="skipped"/>: their stubs fail by design. A student version named as a file still runs.
    /// </summary>
    public static List<NotebookFile> Find(IEnumerable<string> paths, bool skipStudentVersions, out List<NotebookFile> skipped)
    {
        var all = FindAll(paths);
        skipped = [];
        if (!skipStudentVersions)
        {
            return all.Files;
        }

        var kept = new List<NotebookFile>(all.Files.Count);
        foreach (var file in all.Files)
        {
            (all.FromFolder.Contains(file.FullPath) && IsStudentVersion(file.FullPath) ? skipped : kept).Add(file);
        }

        return kept;
    }

    /// <summary>Whether the notebook's metadata says <c>virtlab assign</c> wrote it; unreadable files are not.</summary>
    internal static bool IsStudentVersion(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                && metadata.TryGetProperty("virtlab", out var virtlab) && virtlab.ValueKind == JsonValueKind.Object
                && virtlab.TryGetProperty("student_version_of", out _);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;   // the runner reports what is wrong with it
        }
    }

    private static (List<NotebookFile> Files, HashSet<string> FromFolder) FindAll(IEnumerable<string> paths)
    {
        var fromFolder = new HashSet<string>(StringComparer.Ordinal);
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
                var inFolder = Directory.EnumerateFiles(root, "*.ipynb", SearchOption.AllDirectories)
                    .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new NotebookFile(f, Path.GetRelativePath(root, f), Path.Combine(path, Path.GetRelativePath(root, f))))
                    .ToList();
                found.AddRange(inFolder);
                fromFolder.UnionWith(inFolder.Select(f => f.FullPath));
            }
            else
            {
                throw new FileNotFoundException($"No such notebook or folder: {path}", path);
            }
        }

        var files = found.DistinctBy(f => f.FullPath).ToList();
        fromFolder.ExceptWith(paths.Where(File.Exists).Select(Path.GetFullPath));   // named as a file: always run
        return (files, fromFolder);
    }
}
