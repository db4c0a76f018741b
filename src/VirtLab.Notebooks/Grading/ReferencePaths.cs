using System.Text.RegularExpressions;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// Rewrites the relative paths of <c>#r "…"</c> and <c>#load "…"</c> directives when a notebook moves to another
/// folder (relative paths resolve against the notebook's folder, as in .NET Interactive).
/// </summary>
internal static partial class ReferencePaths
{
    /// <summary>Makes relative paths that exist from <paramref name="fromDirectory"/> relative to <paramref name="toDirectory"/> instead.</summary>
    public static string Rebase(string source, string fromDirectory, string toDirectory) =>
        Rewrite(source, includeLoad: true, path =>
        {
            var absolute = Path.GetFullPath(Path.Combine(fromDirectory, path));
            return File.Exists(absolute) ? Path.GetRelativePath(toDirectory, absolute).Replace('\\', '/') : null;
        });

    /// <summary>
    /// Makes relative <c>#r</c> paths absolute: the first of <paramref name="bases"/> (and then every ancestor of the
    /// last one, with the path's leading <c>../</c> removed) where the file exists. <c>#load</c> is left alone, so it
    /// only finds files inside the submission's own folder.
    /// </summary>
    public static string Resolve(string source, IReadOnlyList<string> bases) =>
        Rewrite(source, includeLoad: false, path =>
        {
            foreach (var directory in bases)
            {
                var candidate = Path.GetFullPath(Path.Combine(directory, path));
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            var stripped = path.Replace('\\', '/');
            while (stripped.StartsWith("../", StringComparison.Ordinal))
            {
                stripped = stripped[3..];
            }

            for (var directory = new DirectoryInfo(bases[^1]); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, stripped);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        });

    /// <summary>The absolute paths of the <c>#r "…"</c> files in <paramref name="source"/> (after <see cref="Resolve"/>).</summary>
    public static IEnumerable<string> AbsoluteReferences(string source) =>
        Directive().Matches(source).Where(m => m.Groups["kind"].Value == "r").Select(m => m.Groups["path"].Value).Where(Path.IsPathRooted);

    private static string Rewrite(string source, bool includeLoad, Func<string, string?> map) =>
        Directive().Replace(source, match =>
        {
            var path = match.Groups["path"].Value;
            if (path.StartsWith("nuget:", StringComparison.Ordinal) || Path.IsPathRooted(path) || (!includeLoad && match.Groups["kind"].Value == "load"))
            {
                return match.Value;
            }

            var mapped = map(path);
            return mapped is null ? match.Value : match.Groups["head"].Value + mapped + match.Groups["tail"].Value;
        });

    [GeneratedRegex("""^(?<head>[ \t]*#(?<kind>r|load)[ \t]+")(?<path>[^"\n]+)(?<tail>"[^\n]*)$""", RegexOptions.Multiline)]
    private static partial Regex Directive();
}
