using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using VirtLab.Notebooks;
using VirtLab.Notebooks.Execution;

namespace VirtLab.Benchmarks.Notebooks;

/// <summary>
/// <c>virtlab run</c> speed: a one-cell notebook (worker start + first cell, the baseline), the course's first cell
/// (<c>#r</c> VirtLab.dll + a check), and a notebook of 200 small cells. Targets: first cell &lt; 1.5 s, later small
/// cells &lt; 20 ms each, i.e. (TwoHundredSmallCells − FirstCell) / 199 &lt; 20 ms.
/// </summary>
/// <remarks>Each invocation starts a fresh worker process, so every measurement includes a cold Roslyn.</remarks>
[Config(typeof(Config))]
public class NotebookRunBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // Each operation takes seconds and starts its own process: a few monitored runs, in process (no generated project).
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: false)));
        }
    }

    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "virtlab-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        Write("one.ipynb", ["1 + 1"]);
        var library = Path.Combine(AppContext.BaseDirectory, "VirtLab.dll");
        Write("library.ipynb", [$"#r \"{library}\"\nusing VirtLab.Exercises;\nCheck.Close(0.1 + 0.2, 0.3, tolerance: 1e-9)"]);
        Write("small-200.ipynb", Enumerable.Range(0, 200).Select(i => $"var x{i} = {i};\nx{i} * 2").ToList());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "1 cell (worker start + first cell)")]
    public Task<NotebookRunResult> FirstCell() => Run("one.ipynb");

    [Benchmark(Description = "first course cell (#r VirtLab.dll + Check)")]
    public Task<NotebookRunResult> FirstCellWithLibrary() => Run("library.ipynb");

    [Benchmark(Description = "200 small cells")]
    public Task<NotebookRunResult> TwoHundredSmallCells() => Run("small-200.ipynb");

    private async Task<NotebookRunResult> Run(string name)
    {
        var (_, result) = await new NotebookRunner().RunFileAsync(Path.Combine(_folder, name));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{name} failed: {result.FirstFailure?.Error?.Evalue}");
        }

        return result;
    }

    private void Write(string name, IReadOnlyList<string> sources)
    {
        var notebook = Notebook.CreateCSharp();
        foreach (var source in sources)
        {
            notebook.Cells.Add(NotebookCell.CSharp(source));
        }

        notebook.Save(Path.Combine(_folder, name));
    }
}
