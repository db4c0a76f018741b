using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

/// <summary>The course's homework (notebooks/homework): reference answers score full marks, the committed student versions are what 'virtlab assign' makes, and they score zero but run.</summary>
public sealed class HomeworkTests
{
    public static TheoryData<string> Homework => new() { "allocation", "scheduling", "containers" };

    [Theory]
    [MemberData(nameof(Homework))]
    public void Committed_student_version_is_what_assign_writes(string name)
    {
        var (instructor, student) = Paths(name);
        var assignment = Assignment.Load(instructor);
        Assert.Equal(File.ReadAllText(student), StudentVersion.Create(assignment, Path.GetDirectoryName(student)!).ToJson());
    }

    [Theory]
    [MemberData(nameof(Homework))]
    public async Task Reference_answers_score_full_marks_and_the_student_version_scores_zero(string name)
    {
        if (name == "containers" && Environment.GetEnvironmentVariable("VIRTLAB_SKIP_DOCKER") == "1")
        {
            return;
        }

        var (instructor, student) = Paths(name);
        var assignment = Assignment.Load(instructor);
        await using var grader = new SubmissionGrader(assignment);
        var reference = await grader.GradeAsync(instructor, "reference");
        Assert.True(reference.Score == reference.MaxScore, string.Join("\n", reference.Tests.Select(t => $"{t.Name}: {t.Output}").Concat(reference.Problems)));
        Assert.Equal(3, assignment.Answers.Count);
        var zero = await grader.GradeAsync(student, "student");
        Assert.Equal(0, zero.Score);
        Assert.Empty(zero.Problems);
        Assert.All(zero.Tests, t => Assert.Equal("Not answered yet: the answer still throws NotImplementedException.", t.Output));
    }

    private static (string Instructor, string Student) Paths(string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "VirtLab.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("VirtLab.sln not found above the test folder.");
        }

        var folder = Path.Combine(root.FullName, "notebooks", "homework", name);
        return (Path.Combine(folder, $"{name}.instructor.ipynb"), Path.Combine(folder, "student", $"{name}.ipynb"));
    }
}
