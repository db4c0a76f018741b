using System.Text.Json.Nodes;
using VirtLab.Notebooks.Exercises;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Exercises;

public sealed class SolutionSetTests
{
    internal static Notebook Lesson(string answerSource = "double? answer4 = null; // replace null", string predictionSource = "double? myPrediction = null; // your number")
    {
        var notebook = Notebook.CreateCSharp();
        var answer = NotebookCell.CSharp(answerSource);
        answer.Metadata["tags"] = new JsonArray("exercise");
        answer.Metadata["virtlab"] = new JsonObject { ["exercise"] = "03.4" };
        var prediction = NotebookCell.CSharp(predictionSource);
        prediction.Metadata["tags"] = new JsonArray("prediction");
        prediction.Metadata["virtlab"] = new JsonObject { ["prediction"] = "03.p2" };
        notebook.Cells.Add(NotebookCell.Markdown("# a lesson"));
        notebook.Cells.Add(answer);
        notebook.Cells.Add(prediction);
        return notebook;
    }

    private static SolutionSet Write(TempFolder temp, string json)
    {
        var path = temp.File("lesson.json");
        File.WriteAllText(path, json);
        return SolutionSet.Load(path);
    }

    [Fact]
    public void Fills_in_answers_and_prediction_values()
    {
        using var temp = new TempFolder();
        var solutions = Write(temp, """{ "03.4": "double? answer4 = 0.555;", "03.p2": 0.67 }""");
        var notebook = Lesson();

        var filled = solutions.ApplyTo(notebook);

        Assert.Equal(["03.4"], filled);
        Assert.Equal("double? answer4 = 0.555;", notebook.Cells[1].Source);
        Assert.Equal("double? myPrediction = 0.67; // your number", notebook.Cells[2].Source);
    }

    [Fact]
    public void A_missing_solution_or_placeholder_is_an_error()
    {
        using var temp = new TempFolder();
        var onlyPrediction = Write(temp, """{ "03.p2": 1 }""");
        Assert.Contains("no solution for exercise 03.4", Assert.Throws<InvalidOperationException>(() => onlyPrediction.ApplyTo(Lesson())).Message, StringComparison.Ordinal);
        var onlyAnswer = Write(temp, """{ "03.4": "double? answer4 = 1;" }""");
        Assert.Contains("no value for prediction 03.p2", Assert.Throws<InvalidOperationException>(() => onlyAnswer.ApplyTo(Lesson())).Message, StringComparison.Ordinal);
        var both = Write(temp, """{ "03.4": "double? answer4 = 1;", "03.p2": 1 }""");
        Assert.Contains("must assign null", Assert.Throws<InvalidOperationException>(() => both.ApplyTo(Lesson(predictionSource: "double? myPrediction = 2;"))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("""{ "03.4": true }""")]
    [InlineData("""{ "03.4": null }""")]
    [InlineData("{ not json")]
    public void Rejects_a_file_that_is_not_an_object_of_strings_and_numbers(string json)
    {
        using var temp = new TempFolder();
        Assert.Throws<FormatException>(() => Write(temp, json));
    }

    [Fact]
    public void A_missing_file_says_what_to_write()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SolutionSet.Load("/nonexistent/solutions/lesson.json"));
        Assert.Contains("mapping each exercise id", error.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine("s", "03-cpu-allocation.json"), SolutionSet.PathFor("s", "/x/03-cpu-allocation.ipynb"));
    }

    [Fact]
    public void Unconfirmed_lists_exercises_whose_check_did_not_say_correct()
    {
        var notebook = Lesson();
        notebook.Cells[1].Outputs.Add(new StreamOutput("stdout", "Exercise 03.4 (nice): correct. Because."));
        Assert.Equal(["03.1", "03.2"], SolutionSet.Unconfirmed(notebook, ["03.4", "03.1", "03.2"]));
        notebook.Cells[2].Outputs.Add(new ExecuteResultOutput(new JsonObject { ["text/plain"] = "Exercise 03.1 (x): not answered yet" }, null, 1));
        Assert.Equal(["03.1"], SolutionSet.Unconfirmed(notebook, ["03.1"]));
    }
}
