using VirtLab.Containers;
using VirtLab.Containers.Lab;
using VirtLab.Notebooks.Execution;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Course;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CourseRunsCollection
{
    public const string Name = "Course notebook runs";
}

/// <summary>
/// The course's exercises: every notebook has at least three, each answer cell is followed by a check cell,
/// and a check fails when its answer is wrong (run for real, up to the check, with the recorded wrong answer).
/// The reference answers pass: <c>environment/test.sh</c> runs every notebook top to bottom.
/// </summary>
[Collection(CourseRunsCollection.Name)]
public sealed class ExerciseCheckTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in CourseNotebooks.Paths)
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    public static TheoryData<string, int> Exercises()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in CourseNotebooks.Paths)
        {
            foreach (var exercise in CourseNotebooks.ExercisesOf(path))
            {
                data.Add(Path.GetFileName(path), exercise.AnswerIndex);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_lesson_has_three_checked_exercises_with_a_wrong_answer_to_try(string notebook)
    {
        var path = Path.Combine(Repo.Root, "notebooks", notebook);
        var cells = Notebook.Load(path).Cells;
        var exercises = CourseNotebooks.ExercisesOf(path);
        Assert.True(exercises.Count >= 3, $"{notebook} has {exercises.Count} exercise(s) tagged 'exercise'; every lesson needs at least three.");
        foreach (var exercise in exercises)
        {
            Assert.True(exercise.CheckIndex > exercise.AnswerIndex, $"{notebook}: exercise cell {exercise.AnswerIndex} has no code cell after it.");
            var check = cells[exercise.CheckIndex];
            Assert.True(check.HasTag("check"), $"{notebook}: the cell after exercise cell {exercise.AnswerIndex} is not tagged 'check'.");
            Assert.Contains("Check.", check.Source, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(exercise.WrongAnswer), $"{notebook}: exercise cell {exercise.AnswerIndex} has no metadata.virtlab.wrong_answer.");
        }
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public async Task A_wrong_answer_fails_its_check_with_a_hint(string notebook, int answerIndex)
    {
        var path = Path.Combine(Repo.Root, "notebooks", notebook);
        var exercise = CourseNotebooks.ExercisesOf(path).Single(e => e.AnswerIndex == answerIndex);
        var copy = Notebook.Load(path);
        copy.Cells[answerIndex].Source = exercise.WrongAnswer;
        copy.Cells.RemoveRange(exercise.CheckIndex + 1, copy.Cells.Count - exercise.CheckIndex - 1);

        // Containers the truncated notebook leaves behind carry this run id; they are removed below.
        var runId = "exercise-test-" + Guid.NewGuid().ToString("N")[..8];
        Environment.SetEnvironmentVariable(LabLabels.RunEnvironmentVariable, runId);
        try
        {
            var result = await new NotebookRunner().RunAsync(copy, Path.GetDirectoryName(path)!);
            var failure = result.FirstFailure;
            Assert.NotNull(failure);
            Assert.True(failure.CellIndex == exercise.CheckIndex,
                $"Expected the check (cell {exercise.CheckIndex}) to fail, but cell {failure.CellIndex} failed first: {failure.Error?.Evalue}");
            Assert.Contains("CheckFailedException", failure.Error!.Ename, StringComparison.Ordinal);
            Assert.Contains("Hint:", failure.Error.Evalue, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(LabLabels.RunEnvironmentVariable, null);
            await RemoveLeftoversAsync(runId);
        }
    }

    private static async Task RemoveLeftoversAsync(string runId)
    {
        using var client = new DockerClient();
        try
        {
            await LabCleanup.RemoveAsync(client, $"{LabLabels.Run}={runId}");
        }
        catch (DockerUnreachableException)
        {
            // A notebook without containers needs no engine.
        }
    }
}
