using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VirtLab.Notebooks.Scripting;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// What a submission's <c>#r</c> and <c>#load</c> directives may name: the assemblies (and NuGet packages) the
/// instructor notebook references, and files inside the submission's own folder (copied into its private copy).
/// Anything else is refused: the directive is commented out and the reason becomes a problem in the feedback.
/// </summary>
/// <remarks>
/// Directives are found with Roslyn's own parser (as the worker will read them), not a pattern, so no spelling
/// slips past. A file counts as inside the submission's folder only when its real path (symlinks resolved) is there
/// and that folder holds no other notebook: in a flat folder of classmates' notebooks nothing is shared.
/// </remarks>
internal sealed class SubmissionReferences
{
    private static readonly CSharpParseOptions ScriptParse = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private readonly Dictionary<string, string> _assemblies;
    private readonly HashSet<string> _packages;
    private readonly string? _ownFolder;
    private readonly string _workFolder;

    /// <param name="instructorAssemblies">Absolute paths of the instructor notebook's <c>#r</c> assemblies.</param>
    /// <param name="instructorPackages">NuGet package ids the instructor notebook references.</param>
    /// <param name="submissionPath">The submission file (its real path).</param>
    /// <param name="workFolder">The submission's private copy folder.</param>
    public SubmissionReferences(IEnumerable<string> instructorAssemblies, IEnumerable<string> instructorPackages, string submissionPath, string workFolder)
    {
        _assemblies = instructorAssemblies.GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key!, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _packages = instructorPackages.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var folder = Path.GetDirectoryName(submissionPath)!;
        var notebooks = Directory.EnumerateFiles(folder, "*.ipynb").Take(2).Count();
        _ownFolder = notebooks == 1 ? folder : null;
        _workFolder = workFolder;
    }

    /// <summary>Rewrites the directives of one cell; refused ones are commented out and reported in <paramref name="problems"/>.</summary>
    public string Apply(string source, string cellLabel, List<string> problems)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            if (!line.StartsWith('#'))
            {
                continue;
            }

            var nuget = NugetId(line);
            if (nuget is not null)
            {
                if (!_packages.Contains(nuget))
                {
                    lines[i] = Refuse(lines[i], cellLabel, problems, "a submission may use only the NuGet packages the assignment uses");
                }

                continue;
            }

            var trivia = CSharpSyntaxTree.ParseText(lines[i].TrimEnd('\r') + "\n", ScriptParse).GetRoot().DescendantTrivia().Select(t => t.GetStructure()).FirstOrDefault();
            var (kind, file) = trivia switch
            {
                ReferenceDirectiveTriviaSyntax r => ("r", r.File.ValueText),
                LoadDirectiveTriviaSyntax l => ("load", l.File.ValueText),
                _ => (null, null),
            };
            if (kind is null || file is null)
            {
                continue;
            }

            var mapped = kind == "r" && _assemblies.TryGetValue(Path.GetFileName(file.Replace('\\', '/')), out var assembly) ? assembly : OwnFile(file);
            lines[i] = mapped is null
                ? Refuse(lines[i], cellLabel, problems, $"a submission may reference only the assignment's assemblies ({string.Join(", ", _assemblies.Keys.Order(StringComparer.Ordinal))}) and files in its own folder")
                : $"#{kind} \"{mapped}\"";
        }

        return string.Join('\n', lines);
    }

    private static string Refuse(string line, string cellLabel, List<string> problems, string rule)
    {
        problems.Add($"{cellLabel}: '{line.Trim()}' was refused: {rule}.");
        return "// refused by the grader: " + line.Replace("\r", string.Empty, StringComparison.Ordinal);
    }

    private static string? NugetId(string line)
    {
        var cell = CellSource.Parse(line);
        return cell.Packages.Count > 0 ? cell.Packages[0].Id : cell.PackageSources.Count > 0 ? "#i " + cell.PackageSources[0] : null;
    }

    /// <summary>Copies a file from the submission's own folder into its private copy; the relative path to use, or null when refused.</summary>
    private string? OwnFile(string file)
    {
        if (_ownFolder is null || Path.IsPathRooted(file))
        {
            return null;
        }

        var candidate = Path.GetFullPath(Path.Combine(_ownFolder, file));
        if (!candidate.StartsWith(_ownFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(candidate)
            || new FileInfo(candidate).LinkTarget is not null)
        {
            return null;
        }

        var real = RealPath(candidate);
        if (!real.StartsWith(RealPath(_ownFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Path.GetRelativePath(_ownFolder, candidate);
        var target = Path.Combine(_workFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!File.Exists(target))
        {
            File.Copy(real, target);
            FileModes.Set(target, 0b110_100_100);
        }

        return relative.Replace('\\', '/');
    }

    /// <summary>The path with every symlink in it resolved.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            current = target is null ? current : RealPath(target);
        }

        return current;
    }
}
