using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace VirtLab.Notebooks.Scripting;

/// <summary>
/// Restores <c>#r "nuget: Id, Version"</c> packages with the .NET SDK: it writes a throw-away project that references
/// every package the notebook asked for so far, runs <c>dotnet restore</c>, and reads the runtime assemblies from
/// <c>obj/project.assets.json</c>. Each package set is cached under <c>~/.cache/virtlab/nuget/&lt;hash&gt;</c>.
/// </summary>
/// <remarks>Two versions of one package in a notebook are an error, as in .NET Interactive (docs/nuget-overview.md).</remarks>
internal sealed class NugetRestorer
{
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, PackageReference> _packages = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _sources = [];
    private readonly HashSet<string> _returned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _resolved = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The folder that holds the restore projects.</summary>
    public static string CacheRoot =>
        Environment.GetEnvironmentVariable("VIRTLAB_NUGET_CACHE")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "virtlab", "nuget");

    /// <summary>The version restored for a package, once restored.</summary>
    public string? ResolvedVersion(string id) => _resolved.GetValueOrDefault(id);

    /// <summary>Adds packages (and sources) and returns the paths of the runtime assemblies not returned before.</summary>
    public async Task<IReadOnlyList<string>> RestoreAsync(IReadOnlyList<PackageReference> packages, IReadOnlyList<string> sources, string baseDirectory)
    {
        foreach (var source in sources)
        {
            var full = Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile ? source : Path.GetFullPath(source, baseDirectory);
            if (!_sources.Contains(full))
            {
                _sources.Add(full);
            }
        }

        foreach (var package in packages)
        {
            if (_packages.TryGetValue(package.Id, out var existing) && existing.Version != package.Version)
            {
                throw new PackageRestoreException(
                    $"Package {package.Id} is already referenced with version {existing.Version ?? "*"}; a notebook can load only one version.", []);
            }

            _packages[package.Id] = package;
        }

        var tfm = $"net{Environment.Version.Major}.0";
        var key = string.Join(";", _packages.Values.OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Select(p => $"{p.Id.ToLowerInvariant()}/{p.Version ?? "*"}"))
            + "|" + string.Join(";", _sources) + "|" + tfm;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16].ToLowerInvariant();
        var folder = Path.Combine(CacheRoot, hash);
        var assets = Path.Combine(folder, "obj", "project.assets.json");
        if (!File.Exists(assets))
        {
            await RestoreIntoAsync(folder, tfm).ConfigureAwait(false);
        }

        var paths = ReadRuntimeAssemblies(assets, tfm);
        return paths.Where(_returned.Add).ToList();
    }

    private async Task RestoreIntoAsync(string folder, string tfm)
    {
        Directory.CreateDirectory(folder);
        // Empty props files stop MSBuild from importing a repository's Directory.*.props above the cache.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        var project = new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement("PropertyGroup",
                new XElement("TargetFramework", tfm),
                new XElement("ManagePackageVersionsCentrally", "false"),
                new XElement("RestoreAdditionalProjectSources", string.Join(";", _sources))),
            new XElement("ItemGroup", _packages.Values.Select(p =>
                new XElement("PackageReference", new XAttribute("Include", p.Id), new XAttribute("Version", p.Version ?? "*")))));
        var projectPath = Path.Combine(folder, "project.csproj");
        File.WriteAllText(projectPath, project.ToString());
        var start = new ProcessStartInfo(DotnetHost.Path, ["restore", projectPath, "--nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        using var process = Process.Start(start) ?? throw new PackageRestoreException("Could not start 'dotnet restore'.", []);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(RestoreTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new PackageRestoreException($"'dotnet restore' did not finish within {RestoreTimeout.TotalMinutes} minutes.", []);
        }

        var output = (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false));
        if (process.ExitCode != 0)
        {
            var details = output.Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
                .Select(l => l.Replace(" [" + projectPath + "]", string.Empty, StringComparison.Ordinal))
                .Select(l => l.IndexOf("error ", StringComparison.Ordinal) is var at and > 0 ? l[at..] : l)
                .Distinct()
                .ToList();
            File.Delete(Path.Combine(folder, "obj", "project.assets.json"));
            var names = string.Join(", ", _packages.Values.Select(p => $"{p.Id} {p.Version ?? "*"}"));
            throw new PackageRestoreException($"Could not restore NuGet package(s) {names}: {details.FirstOrDefault() ?? "dotnet restore failed"}", details);
        }
    }

    private List<string> ReadRuntimeAssemblies(string assetsPath, string tfm)
    {
        var root = JsonNode.Parse(File.ReadAllText(assetsPath))!;
        var packageFolder = root["packageFolders"]!.AsObject().First().Key;
        var libraries = root["libraries"]!.AsObject();
        var target = root["targets"]![tfm]!.AsObject();
        var result = new List<string>();
        foreach (var (name, entry) in target)
        {
            if (entry?["type"]?.GetValue<string>() != "package" || entry["runtime"] is not JsonObject runtime)
            {
                continue;
            }

            var slash = name.IndexOf('/');
            _resolved[name[..slash]] = name[(slash + 1)..];
            var libraryPath = libraries[name]!["path"]!.GetValue<string>();
            foreach (var (file, _) in runtime)
            {
                if (file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                {
                    result.Add(Path.GetFullPath(Path.Combine(packageFolder, libraryPath, file)));
                }
            }
        }

        return result;
    }
}
