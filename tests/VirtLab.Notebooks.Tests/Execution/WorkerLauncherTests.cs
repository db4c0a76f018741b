using System.Text.Json.Nodes;
using VirtLab.Notebooks.Execution;

namespace VirtLab.Notebooks.Tests.Execution;

public sealed class WorkerLauncherTests
{
    [Fact]
    public void Worker_deps_drop_the_VirtLab_library_and_what_only_it_needs()
    {
        var deps = Path.Combine(AppContext.BaseDirectory, "VirtLab.Cli.deps.json");

        var filtered = JsonNode.Parse(File.ReadAllText(WorkerLauncher.FilteredDeps(deps)))!;

        var libraries = filtered["libraries"]!.AsObject().Select(p => p.Key.Split('/')[0]).ToList();
        Assert.DoesNotContain("VirtLab", libraries);
        Assert.DoesNotContain("MathNet.Numerics", libraries);
        Assert.Contains("VirtLab.Notebooks", libraries);
        Assert.Contains("Microsoft.CodeAnalysis.CSharp.Scripting", libraries);
        Assert.Contains("System.CommandLine", libraries);
        var notebooks = filtered["targets"]!.AsObject().First().Value!["VirtLab.Notebooks/1.0.0"]!["dependencies"]!.AsObject();
        Assert.DoesNotContain("VirtLab", notebooks.Select(p => p.Key));
    }

    [Fact]
    public void Worker_is_started_with_the_filtered_deps_beside_the_host()
    {
        var host = Path.Combine(AppContext.BaseDirectory, "VirtLab.Cli.dll");

        var start = WorkerLauncher.Create(host, "/tmp/x.sock");

        Assert.Equal(
            ["exec", "--depsfile", Path.Combine(AppContext.BaseDirectory, "VirtLab.Cli.notebook-worker.deps.json"), "--runtimeconfig",
             Path.Combine(AppContext.BaseDirectory, "VirtLab.Cli.runtimeconfig.json"), host, "notebook-worker", "/tmp/x.sock"],
            start.ArgumentList);
    }
}
