using System.Diagnostics;
using System.Text.Json.Nodes;
using VirtLab.Notebooks.Scripting;

namespace VirtLab.Notebooks.Execution;

/// <summary>
/// Builds the command line of a worker process: <c>dotnet exec --depsfile F --runtimeconfig R VirtLab.Cli.dll notebook-worker SOCKET</c>.
/// </summary>
/// <remarks>
/// The worker host (VirtLab.Cli) itself references the VirtLab library, so its own copy of VirtLab.dll would be on
/// the trusted platform list and win over the notebook's <c>#r "../artifacts/bin/VirtLab/debug/VirtLab.dll"</c>:
/// a notebook could then run a stale library. The worker therefore starts with a copy of the host's deps.json without
/// the VirtLab library and the packages only it needs (MathNet.Numerics, …); those load from the path the notebook
/// references, and their dependencies from beside it.
/// </remarks>
internal static class WorkerLauncher
{
    private const string ExcludedLibrary = "VirtLab";

    public static ProcessStartInfo Create(string workerAssembly, string socketPath)
    {
        var arguments = new List<string>();
        var deps = Path.ChangeExtension(workerAssembly, ".deps.json");
        var runtimeConfig = Path.ChangeExtension(workerAssembly, ".runtimeconfig.json");
        if (File.Exists(deps) && File.Exists(runtimeConfig))
        {
            arguments.AddRange(["exec", "--depsfile", FilteredDeps(deps), "--runtimeconfig", runtimeConfig]);
        }

        arguments.AddRange([workerAssembly, "notebook-worker", socketPath]);
        return new ProcessStartInfo(DotnetHost.Path, arguments);
    }

    /// <summary>
    /// Writes the deps file without the VirtLab library and what only it depends on, beside the host's own deps file
    /// (the host resolves assemblies relative to the deps file's folder); rewritten only when it changes.
    /// </summary>
    internal static string FilteredDeps(string depsPath)
    {
        var text = File.ReadAllText(depsPath);
        var target = Path.Combine(Path.GetDirectoryName(depsPath)!, Path.GetFileName(depsPath).Replace(".deps.json", ".notebook-worker.deps.json", StringComparison.Ordinal));

        var root = JsonNode.Parse(text)!.AsObject();
        var targets = root["targets"]!.AsObject();
        var keep = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, libraries) in targets)
        {
            var graph = libraries!.AsObject();
            var byName = graph.ToDictionary(p => p.Key.Split('/')[0], p => p.Key, StringComparer.OrdinalIgnoreCase);
            var rootName = graph.First().Key; // the application itself comes first
            var stack = new Stack<string>([rootName]);
            while (stack.Count > 0)
            {
                var key = stack.Pop();
                if (!keep.Add(key) || graph[key]?["dependencies"] is not JsonObject dependencies)
                {
                    continue;
                }

                foreach (var (name, _) in dependencies)
                {
                    if (!name.Equals(ExcludedLibrary, StringComparison.OrdinalIgnoreCase) && byName.TryGetValue(name, out var dependency))
                    {
                        stack.Push(dependency);
                    }
                }
            }

            foreach (var key in graph.Select(p => p.Key).ToList())
            {
                if (!keep.Contains(key))
                {
                    graph.Remove(key);
                }
                else if (graph[key]?["dependencies"] is JsonObject dependencies)
                {
                    foreach (var name in dependencies.Select(p => p.Key).Where(n => !byName.TryGetValue(n, out var k) || !keep.Contains(k)).ToList())
                    {
                        dependencies.Remove(name);
                    }
                }
            }
        }

        if (root["libraries"] is JsonObject all)
        {
            foreach (var key in all.Select(p => p.Key).Where(k => !keep.Contains(k)).ToList())
            {
                all.Remove(key);
            }
        }

        var filtered = root.ToJsonString();
        if (!File.Exists(target) || File.ReadAllText(target) != filtered)
        {
            var temp = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, filtered);
            File.Move(temp, target, overwrite: true);
        }

        return target;
    }
}
