using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using VirtLab.Notebooks;
using VirtLab.Notebooks.Execution;

namespace VirtLab.Benchmarks.Notebooks;

/// <summary>
/// First-chart cost in <c>virtlab run</c>: a fresh worker to the first rendered Plotly.NET chart (Plotly.NET,
/// FSharp.Core, Newtonsoft.Json and the 3.6 MB plotly.js it inlines are loaded on the way), against the baseline of
/// the same worker running the course's setup and a check without a chart. FirstChart / baseline is the number to
/// watch. <c>FirstChartAfterOtherCells</c> is how a lesson meets its first chart: a few cells of other work first.
/// (A background warm-up of Plotly.NET when VirtLab loads was tried and removed: on two shared cores it made a
/// notebook without charts about 1.7 times slower and the first chart slower too.)
/// </summary>
/// <remarks>Each invocation starts a fresh worker process.</remarks>
[Config(typeof(Config))]
public class FirstChartBenchmarks
{
    private const string LineChart = "Chart.Line(new double[] { 0, 1, 2 }, new double[] { 1, 3, 2 }, name: \"VM 1\", title: \"first\")";

    private sealed class Config : ManualConfig
    {
        public Config()
        {
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
        var library = Path.Combine(AppContext.BaseDirectory, "VirtLab.dll");
        var setup = $"#r \"{library}\"\nusing VirtLab.Charts;\nusing VirtLab.Exercises;";
        const string check = "Check.Close(0.1 + 0.2, 0.3, tolerance: 1e-9)";
        const string work = "System.Threading.Thread.Sleep(1500); Enumerable.Range(0, 1000).Sum()";
        Write("no-chart.ipynb", [setup, check]);
        Write("one-chart.ipynb", [setup, LineChart]);
        Write("no-chart-after-work.ipynb", [setup, check, work, work]);
        Write("chart-after-work.ipynb", [setup, check, work, work, LineChart]);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "course setup + a check, no chart")]
    public Task<NotebookRunResult> NoChart() => Run("no-chart.ipynb", expectChart: false);

    [Benchmark(Description = "course setup + first chart (fresh worker)")]
    public Task<NotebookRunResult> FirstChart() => Run("one-chart.ipynb", expectChart: true);

    [Benchmark(Description = "setup, a check, 3 s of other cells, no chart")]
    public Task<NotebookRunResult> OtherCellsNoChart() => Run("no-chart-after-work.ipynb", expectChart: false);

    [Benchmark(Description = "setup, a check, 3 s of other cells, then the first chart")]
    public Task<NotebookRunResult> FirstChartAfterOtherCells() => Run("chart-after-work.ipynb", expectChart: true);

    private async Task<NotebookRunResult> Run(string name, bool expectChart)
    {
        var (notebook, result) = await new NotebookRunner().RunFileAsync(Path.Combine(_folder, name));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{name} failed: {result.FirstFailure?.Error?.Evalue}");
        }

        var charted = notebook.Cells.SelectMany(c => c.Outputs).OfType<DisplayDataOutput>().Any(o => o.Data.ContainsKey("application/vnd.plotly.v1+json"));
        if (charted != expectChart)
        {
            throw new InvalidOperationException($"{name}: expected {(expectChart ? "a chart" : "no chart")}.");
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
