using System.Text.Json.Nodes;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

public sealed class AssignmentTests
{
    [Fact]
    public void Reads_answers_tests_points_and_anchors()
    {
        using var tiny = new TinyAssignment();
        var tests = tiny.Assignment.Tests;
        Assert.Equal(["q1-visible", "q1-hidden", "q2-hidden"], tests.Select(t => t.GradeId));
        Assert.Equal([1.0, 2.0, 2.0], tests.Select(t => t.Points));
        Assert.Equal([false, true, true], tests.Select(t => t.Hidden));
        Assert.Equal(["q1", "q1", "q2"], tests.Select(t => t.AnswerId));
        Assert.Equal(5, tiny.Assignment.MaxScore);
    }

    [Theory]
    [InlineData("""{"grade_id": "q 1", "role": "test", "points": 1}""", "must match")]
    [InlineData("""{"grade_id": "t", "role": "test"}""", "needs 'points'")]
    [InlineData("""{"grade_id": "t", "role": "test", "points": -1}""", ">= 0")]
    [InlineData("""{"grade_id": "t", "role": "grader", "points": 1}""", "role must be")]
    [InlineData("""{"grade_id": "t", "role": "test", "points": 1, "locked": true}""", "unknown key 'locked'")]
    [InlineData("""{"grade_id": "t", "role": "test", "points": 1, "schema_version": 2}""", "schema_version 2")]
    [InlineData("""{"grade_id": "q1", "role": "test", "points": 1}""", "used twice")]
    public void Bad_metadata_is_refused_naming_the_cell_and_rule(string meta, string rule)
    {
        using var tiny = new TinyAssignment();
        var notebook = Notebook.Load(tiny.InstructorPath);
        var cell = NotebookCell.CSharp("Check.That(true, \"x\")");
        cell.Metadata[Assignment.MetadataKey] = JsonNode.Parse(meta);
        notebook.Cells.Add(cell);
        var error = Assert.Throws<AssignmentFormatException>(() => Assignment.FromNotebook(notebook, tiny.InstructorPath));
        Assert.Contains("cell 8", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_without_tests_is_refused()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.CSharp("var x = 1;"));
        var error = Assert.Throws<AssignmentFormatException>(() => Assignment.FromNotebook(notebook, "/tmp/x.ipynb"));
        Assert.Contains("no test cells", error.Message, StringComparison.Ordinal);
    }
}
