using System.Diagnostics;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using VirtLab.Notebooks;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Benchmarks.Grading;

/// <summary>
/// Grades a batch of 30 submissions of the allocation homework (10 full answers, 10 untouched student versions,
/// 10 with only question 1 answered), two at a time, in worker processes (baseline) and in Docker sandboxes.
/// Target: the sandboxed batch in under 3 minutes on 2 cores, i.e. under 6 s per submission.
/// Run: <c>dotnet run -c Release --project tests/VirtLab.Benchmarks -- --filter '*GradingBatch*'</c>
/// (needs <c>dotnet build src/VirtLab.Cli</c> first, and the lab image for the Docker case).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class GradingBatchBenchmarks
{
    private const int Submissions = 30;
    private string _root = null!;
    private Assignment _assignment = null!;
    private List<(string Path, string Name)> _submissions = null!;
    private string _worker = null!;

    [GlobalSetup]
    public void Setup()
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repository.FullName, "VirtLab.sln")))
        {
            repository = repository.Parent ?? throw new InvalidOperationException("Run the benchmark from inside the VirtLab checkout.");
        }

        _worker = Path.Combine(repository.FullName, "artifacts", "bin", "VirtLab.Cli", "debug", "VirtLab.Cli.dll");
        _assignment = Assignment.Load(Path.Combine(repository.FullName, "notebooks", "homework", "allocation", "allocation.instructor.ipynb"));
        _root = Directory.CreateTempSubdirectory("virtlab-grading-benchmark-").FullName;
        var answers = _assignment.Answers.ToDictionary(a => a.GradeId, a => a.Source);
        _submissions = [];
        for (var i = 0; i < Submissions; i++)
        {
            var student = StudentVersion.Create(_assignment, _root);
            foreach (var cell in student.Cells)
            {
                var id = (cell.Metadata[Assignment.MetadataKey] as JsonObject)?["grade_id"]?.GetValue<string>();
                if (id is not null && answers.TryGetValue(id, out var answer) && (i % 3 == 0 || (i % 3 == 2 && id == "q1")))
                {
                    cell.Source = answer;
                }
            }

            var path = Path.Combine(_root, $"student{i:00}.ipynb");
            student.Save(path);
            _submissions.Add((path, $"student{i:00}"));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true, Description = "30 submissions, worker processes (--sandbox none -j 2)")]
    public Task<double> Processes() => GradeAsync(SandboxKind.None);

    [Benchmark(Description = "30 submissions, Docker sandbox (--sandbox docker -j 2)")]
    public Task<double> Docker() => GradeAsync(SandboxKind.Docker);

    private static double Expected(string name) => (int.Parse(name["student".Length..], System.Globalization.CultureInfo.InvariantCulture) % 3) switch
    {
        0 => 11,
        2 => 3,
        _ => 0,
    };

    private async Task<double> GradeAsync(SandboxKind sandbox)
    {
        var clock = Stopwatch.StartNew();
        await using var grader = new SubmissionGrader(_assignment, new GradingOptions { Sandbox = sandbox, WorkerAssembly = _worker });
        var results = await BatchGrader.GradeAsync(grader, _submissions, Path.Combine(_root, "out-" + sandbox), parallelism: 2, includeExecutionTime: false);
        var wrong = results.Where(r => r.Score != Expected(r.Name)).ToList();
        Console.WriteLine($"// {sandbox}: {Submissions} submissions in {clock.Elapsed.TotalSeconds:0.0} s, {clock.Elapsed.TotalSeconds / Submissions:0.00} s per submission (wall), mean per-submission time {results.Average(r => r.Elapsed.TotalSeconds):0.00} s, {wrong.Count} wrong scores");
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException("Scores are wrong: " + string.Join(
                "\n", wrong.Select(r => $"{r} expected {Expected(r.Name)}: {string.Join(" | ", r.Problems.Concat(r.Tests.Where(t => !t.Passed).Select(t => t.Output)))}")));
        }

        return results.Sum(r => r.Score);
    }
}
