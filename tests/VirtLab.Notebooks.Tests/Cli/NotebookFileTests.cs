using VirtLab.Cli;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Cli;

public sealed class NotebookFileTests
{
    [Fact]
    public void A_folder_run_skips_the_generated_student_versions_and_says_which()
    {
        var homework = Path.Combine(Repo.Root, "notebooks", "homework");

        var files = NotebookFile.Find([homework], skipStudentVersions: true, out var skipped);

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.EndsWith(".instructor.ipynb", f.FullPath, StringComparison.Ordinal));
        Assert.NotEmpty(skipped);
        Assert.All(skipped, f => Assert.Contains($"{Path.DirectorySeparatorChar}student{Path.DirectorySeparatorChar}", f.FullPath, StringComparison.Ordinal));
    }

    [Fact]
    public void A_student_version_named_as_a_file_still_runs()
    {
        var student = Directory.GetFiles(Path.Combine(Repo.Root, "notebooks", "homework"), "*.ipynb", SearchOption.AllDirectories)
            .First(f => f.Contains($"{Path.DirectorySeparatorChar}student{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.True(NotebookFile.IsStudentVersion(student));

        var files = NotebookFile.Find([student], skipStudentVersions: true, out var skipped);

        Assert.Equal([student], files.Select(f => f.FullPath));
        Assert.Empty(skipped);
    }

    [Fact]
    public void Grading_keeps_student_versions_and_unreadable_json_is_not_one()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("broken.ipynb"), "{ not json");
        Assert.False(NotebookFile.IsStudentVersion(temp.File("broken.ipynb")));

        var homework = Path.Combine(Repo.Root, "notebooks", "homework");
        Assert.Contains(NotebookFile.Find([homework]), f => NotebookFile.IsStudentVersion(f.FullPath));
    }
}
