using System.Text.RegularExpressions;
using VirtLab.Exercises;
using VirtLab.Notebooks.Exercises;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Course;

/// <summary>
/// Every lesson follows the exercise format of notebooks/README.md: at least three exercises, each an answer cell
/// that ships a typed null, a check cell that only names the exercise, a catalogue entry and a solution; every
/// prediction has a topic, a value and a comparison. The runs themselves: test.sh (unanswered) and
/// environment/test-exercises.sh (solved); the catalogue's answers: tests/VirtLab.Tests/Exercises.
/// </summary>
public sealed class ExerciseFormatTests
{
    public static TheoryData<string> Lessons()
    {
        var data = new TheoryData<string>();
        foreach (var path in CourseNotebooks.Paths)
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Every_lesson_has_three_unanswered_exercises_with_checks_catalogue_entries_and_solutions(string lesson)
    {
        var path = Path.Combine(Repo.Root, "notebooks", lesson);
        var stem = Path.GetFileNameWithoutExtension(path);
        var notebook = Notebook.Load(path);
        var exercises = CourseNotebooks.ExercisesOf(notebook);
        Assert.True(exercises.Count >= 3, $"{lesson} has {exercises.Count} exercise(s) with metadata virtlab.exercise; every lesson needs at least three.");
        Assert.True(notebook.Cells.Count(c => c.HasTag("exercise")) == exercises.Count, $"{lesson}: every cell tagged 'exercise' needs metadata virtlab.exercise (and the other way round).");

        var solutions = SolutionSet.Load(SolutionSet.PathFor(CourseNotebooks.SolutionsFolder, path));
        var catalogue = ExerciseCatalog.Lessons.SingleOrDefault(l => l.Notebook == stem);
        Assert.True(catalogue is not null, $"{lesson}: no catalogue class in src/VirtLab/Exercises/Lessons has Notebook == \"{stem}\".");
        Assert.Equal(catalogue.Exercises.Select(e => e.Id), exercises.Select(e => e.Id));

        foreach (var exercise in exercises)
        {
            var where = $"{lesson}, exercise {exercise.Id} (cell {exercise.AnswerIndex})";
            var answer = notebook.Cells[exercise.AnswerIndex];
            var declared = CourseNotebooks.Declaration(answer.Source);
            Assert.True(declared is not null, $"{where}: the answer cell must be one declaration 'type name = null;'.");
            Assert.True(declared.Value.Value == "null", $"{where}: the answer cell ships an answer ({declared.Value.Value}); it must start unanswered (null).");
            Assert.Equal(ExerciseCatalog.Exercise(exercise.Id).AnswerType, declared.Value.Type);
            Assert.Null(answer.Metadata["virtlab"]!["wrong_answer"]);

            Assert.True(exercise.CheckIndex > exercise.AnswerIndex, $"{where}: no code cell after the answer cell.");
            var check = notebook.Cells[exercise.CheckIndex];
            Assert.True(check.HasTag("check"), $"{where}: the cell after the answer is not tagged 'check'.");
            var call = CourseNotebooks.Code(check.Source);
            if (ExerciseCatalog.Exercise(exercise.Id).GivenType is null)
            {
                Assert.Equal($"Check.Exercise(\"{exercise.Id}\", {declared.Value.Name})", call);
            }
            else
            {
                // The measured data goes in by name only: the expected value is computed in the catalogue.
                Assert.Matches($"^Check\\.Exercise\\(\"{Regex.Escape(exercise.Id)}\", {declared.Value.Name}, (given: )?[A-Za-z_][\\w.]*\\)$", call);
            }

            Assert.True(solutions.Answers.TryGetValue(exercise.Id, out var solution), $"{where}: {solutions.Path} has no solution.");
            var solved = CourseNotebooks.Declaration(solution);
            Assert.True(solved is not null, $"{where}: the solution must be one declaration '{declared.Value.Type} {declared.Value.Name} = ...;'.");
            Assert.Equal((declared.Value.Type, declared.Value.Name), (solved.Value.Type, solved.Value.Name));
            Assert.NotEqual("null", solved.Value.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Every_prediction_has_a_topic_a_value_and_a_comparison_after_it(string lesson)
    {
        var path = Path.Combine(Repo.Root, "notebooks", lesson);
        var stem = Path.GetFileNameWithoutExtension(path);
        var notebook = Notebook.Load(path);
        var predictions = CourseNotebooks.PredictionsOf(notebook);
        var catalogue = ExerciseCatalog.Lessons.SingleOrDefault(l => l.Notebook == stem);
        Assert.Equal(catalogue?.Predictions.Select(p => p.Id) ?? [], predictions.Select(p => p.Id));
        if (predictions.Count == 0)
        {
            return;
        }

        var solutions = SolutionSet.Load(SolutionSet.PathFor(CourseNotebooks.SolutionsFolder, path));
        foreach (var prediction in predictions)
        {
            var cell = notebook.Cells[prediction.Index];
            Assert.True(cell.HasTag("prediction"), $"{lesson}: prediction {prediction.Id} is not tagged 'prediction'.");
            Assert.Equal(("double?", "myPrediction", "null"), CourseNotebooks.Declaration(cell.Source));
            Assert.True(solutions.Predictions.ContainsKey(prediction.Id), $"{lesson}: {solutions.Path} has no value for prediction {prediction.Id}.");
            Assert.True(
                notebook.Cells.Skip(prediction.Index + 1).Any(c => c.IsCode && c.Source.Contains($"Prediction.Compare(\"{prediction.Id}\", myPrediction,", StringComparison.Ordinal)),
                $"{lesson}: no cell after prediction {prediction.Id} calls Prediction.Compare(\"{prediction.Id}\", myPrediction, ...).");
        }
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void The_solutions_file_names_only_this_lessons_exercises_and_predictions(string lesson)
    {
        var path = Path.Combine(Repo.Root, "notebooks", lesson);
        var notebook = Notebook.Load(path);
        var ids = CourseNotebooks.ExercisesOf(notebook).Select(e => e.Id).Concat(CourseNotebooks.PredictionsOf(notebook).Select(p => p.Id)).ToHashSet();
        var solutions = SolutionSet.Load(SolutionSet.PathFor(CourseNotebooks.SolutionsFolder, path));
        Assert.Empty(solutions.Answers.Keys.Concat(solutions.Predictions.Keys).Where(id => !ids.Contains(id)));
    }
}
