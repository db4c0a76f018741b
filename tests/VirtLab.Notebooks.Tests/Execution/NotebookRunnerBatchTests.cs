using VirtLab.Notebooks.Execution;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Execution;

[CollectionDefinition(nameof(WorkerProcessCollection), DisableParallelization = true)]
public sealed class WorkerProcessCollection
{
}

/// <summary>Runs alone: it counts this test process's worker processes.</summary>
[Collection(nameof(WorkerProcessCollection))]
public sealed class NotebookRunnerBatchTests
{
    private static int WorkerCount()
    {
        var marker = $"virtlab-{Environment.ProcessId}-";
        var count = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (cmdline.Contains("notebook-worker", StringComparison.Ordinal) && cmdline.Contains(marker, StringComparison.Ordinal))
                {
                    count++;
                }
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours.
            }
        }

        return count;
    }

    [Fact]
    public async Task A_prestarted_worker_runs_the_next_notebook_and_is_stopped_on_dispose()
    {
        var runner = new NotebookRunner();
        var run = runner.RunFileAsync(Repo.TestNotebook("load"));
        runner.PrestartWorker();
        var (first, firstResult) = await run;
        Assert.Equal(1, WorkerCount());
        var (second, secondResult) = await runner.RunFileAsync(Repo.TestNotebook("update"));
        Assert.Equal(0, WorkerCount());
        runner.PrestartWorker();

        await runner.DisposeAsync();

        Assert.True(firstResult.Succeeded && secondResult.Succeeded);
        Assert.Equal(["result[1] text/plain: 42"], Outputs.Describe(first.Cells[0]));
        Assert.Equal(["display text/plain: 100 %"], Outputs.Describe(second.Cells[0]));
        Assert.Equal(0, WorkerCount());
    }

    [Fact]
    public async Task Without_prestart_no_worker_outlives_a_run()
    {
        var runner = new NotebookRunner();

        var (_, result) = await runner.RunFileAsync(Repo.TestNotebook("exit"));

        Assert.False(result.Succeeded);
        Assert.Equal(0, WorkerCount());
    }
}
