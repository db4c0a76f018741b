using Docker.DotNet;
using VirtLab.Containers;
using VirtLab.Notebooks.Execution;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Course;

/// <summary>A notebook that crashes before disposing its lab session leaves no container behind.</summary>
[Collection(CourseRunsCollection.Name)]
public sealed class RunLeftoversTests
{
    [Fact]
    public async Task Containers_of_a_failed_notebook_are_removed_when_the_run_ends()
    {
        if (Environment.GetEnvironmentVariable("VIRTLAB_SKIP_DOCKER") == "1")
        {
            return;
        }

        var name = "virtlab-leftover-" + Guid.NewGuid().ToString("N")[..8];
        var library = Path.Combine(Repo.Root, "artifacts", "bin", "VirtLab", "debug", "VirtLab.dll");
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.CSharp($"#r \"{library}\"\nusing VirtLab.Containers.Lab;"));
        notebook.Cells.Add(NotebookCell.CSharp($"var lab = await LabSession.StartAsync();\nawait lab.RunAsync(new LabContainerOptions {{ Name = \"{name}\", Command = [\"sleep\", \"300\"] }});"));
        notebook.Cells.Add(NotebookCell.CSharp("throw new InvalidOperationException(\"the learner's cell crashed\");"));

        using var temp = new TempFolder();
        var result = await new NotebookRunner().RunAsync(notebook, temp.Path);

        Assert.Equal(2, result.FirstFailure!.CellIndex);
        using var client = await DockerConnection.ConnectAsync();
        await Assert.ThrowsAsync<DockerContainerNotFoundException>(() => client.Containers.InspectContainerAsync(name));
    }
}
