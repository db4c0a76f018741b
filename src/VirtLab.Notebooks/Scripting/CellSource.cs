using System.Text.RegularExpressions;

namespace VirtLab.Notebooks.Scripting;

/// <summary>What a code cell asks for once its notebook directives are read.</summary>
internal enum CellKind
{
    /// <summary>C# to run.</summary>
    CSharp,

    /// <summary><c>#!markdown</c>: prose stored in a code cell; not run.</summary>
    Markdown,

    /// <summary><c>#!html</c>: the rest of the cell is displayed as <c>text/html</c>.</summary>
    Html,
}

/// <summary>
/// A code cell after its .NET Interactive directives are taken out. Directive lines are replaced by empty lines so
/// compiler line numbers still match the cell. <c>#r "path"</c> and <c>#load</c> stay: Roslyn handles them.
/// </summary>
/// <remarks>Directives: dotnet/interactive <c>docs/magic-commands.md</c> (see shared/reference/notebooks-and-grading.md §2).</remarks>
internal sealed partial class CellSource
{
    private static readonly HashSet<string> CSharpSelectors = new(StringComparer.Ordinal) { "#!csharp", "#!c#", "#!C#" };

    private CellSource(CellKind kind, string code, bool timeIt, IReadOnlyList<PackageReference> packages, IReadOnlyList<string> packageSources, string? error)
    {
        Kind = kind;
        Code = code;
        TimeIt = timeIt;
        Packages = packages;
        PackageSources = packageSources;
        Error = error;
    }

    /// <summary>What the cell is.</summary>
    public CellKind Kind { get; }

    /// <summary>The code with directive lines blanked (or the HTML/markdown body).</summary>
    public string Code { get; }

    /// <summary>Whether the cell starts with <c>#!time</c>.</summary>
    public bool TimeIt { get; }

    /// <summary>The <c>#r "nuget: Id, Version"</c> references.</summary>
    public IReadOnlyList<PackageReference> Packages { get; }

    /// <summary>The <c>#i "nuget: source"</c> package sources.</summary>
    public IReadOnlyList<string> PackageSources { get; }

    /// <summary>A directive this runner does not support, explained; the cell fails with it.</summary>
    public string? Error { get; }

    /// <summary>Reads the directives of a cell.</summary>
    public static CellSource Parse(string source)
    {
        var lines = source.Split('\n');
        var timeIt = false;
        var packages = new List<PackageReference>();
        var sources = new List<string>();
        string? error = null;
        var firstCode = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                var word = trimmed.Split([' ', '\t'], 2)[0];
                if (CSharpSelectors.Contains(word))
                {
                    lines[i] = string.Empty;
                    continue;
                }

                if (word == "#!time")
                {
                    timeIt = true;
                    lines[i] = string.Empty;
                    continue;
                }

                if (firstCode && word == "#!markdown")
                {
                    return new CellSource(CellKind.Markdown, string.Join('\n', lines.Skip(i + 1)), false, [], [], null);
                }

                if (firstCode && word == "#!html")
                {
                    return new CellSource(CellKind.Html, string.Join('\n', lines.Skip(i + 1)), timeIt, [], [], null);
                }

                error ??= $"Line {i + 1}: '{word}' is not supported by virtlab run (C# cells with #!csharp, #!markdown, #!html, #!time, #r, #i, #load).";
                lines[i] = string.Empty;
                continue;
            }

            var nuget = NugetDirective().Match(trimmed);
            if (nuget.Success)
            {
                var kind = nuget.Groups["kind"].Value;
                var value = nuget.Groups["value"].Value.Trim();
                if (kind == "i")
                {
                    sources.Add(value);
                }
                else
                {
                    var parts = value.Split(',', 2, StringSplitOptions.TrimEntries);
                    packages.Add(new PackageReference(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null));
                }

                lines[i] = string.Empty;
                continue;
            }

            firstCode = false;
        }

        return new CellSource(CellKind.CSharp, string.Join('\n', lines), timeIt, packages, sources, error);
    }

    [GeneratedRegex("""^#(?<kind>[ri])\s+"nuget:\s*(?<value>[^"]*)"\s*$""")]
    private static partial Regex NugetDirective();
}

/// <summary>A NuGet package a cell references.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Version">The version (or range); <see langword="null"/> means the latest stable.</param>
internal sealed record PackageReference(string Id, string? Version);
