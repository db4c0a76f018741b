using System.Text;
using System.Text.Json.Nodes;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests;

public sealed class NotebookTests
{
    public static TheoryData<string> CanonicalNotebooks()
    {
        var data = new TheoryData<string>();
        var folders = new[] { Repo.TestNotebooks, Path.Combine(Repo.Root, "notebooks") }.Where(Directory.Exists);
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.ipynb", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith("vscode-style.ipynb", StringComparison.Ordinal))
            {
                data.Add(Path.GetRelativePath(Repo.Root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CanonicalNotebooks))]
    public void Load_then_save_is_byte_identical(string relativePath)
    {
        var path = Path.Combine(Repo.Root, relativePath);
        using var temp = new TempFolder();
        var copy = temp.File("copy.ipynb");
        Notebook.Load(path).Save(copy);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(copy));
    }

    [Fact]
    public void Saves_exactly_what_nbformat_writes_for_awkward_content()
    {
        var notebook = Notebook.CreateCSharp();
        var cell = NotebookCell.CSharp("var s = \"tab\\t quote\\\" ü 😀\";\r\nline2\u2028line3\fend\n\n");
        cell.Id = "awkward";
        cell.Metadata["number"] = 1e-05;
        cell.Metadata["big"] = 1e16;
        cell.Metadata["plain"] = 100.0;
        cell.Outputs.Add(new StreamOutput("stdout", "a\nb\n"));
        cell.Outputs.Add(new DisplayDataOutput(new JsonObject
        {
            ["text/html"] = "<b>x</b>\n<i>y</i>",
            ["application/json"] = new JsonObject { ["k"] = new JsonArray(1, 2.5, "z") },
            ["image/png"] = "iVBORw0KGgo=\n",
        }));
        cell.Outputs.Add(new ErrorOutput("E", "v\u0001", ["line 1", "line 2"]));
        notebook.Cells.Add(cell);
        notebook.Cells.Add(NotebookCell.Markdown("# Title\n\n* é\n"));
        notebook.Cells[^1].Id = "md";

        using var temp = new TempFolder();
        var ours = temp.File("ours.ipynb");
        var theirs = temp.File("theirs.ipynb");
        notebook.Save(ours);
        Nbformat.Rewrite(ours, theirs);
        Assert.Equal(File.ReadAllText(theirs, Encoding.UTF8), File.ReadAllText(ours, Encoding.UTF8));
        Nbformat.Validate(ours);
    }

    [Fact]
    public void Reads_a_file_saved_by_VS_Code()
    {
        var notebook = Notebook.Load(Repo.TestNotebook("vscode-style"));

        Assert.Null(notebook.Cells[0].Id);
        var code = notebook.Cells[1];
        Assert.Equal("6 * 7", code.Source);
        Assert.Equal("csharp", code.KernelName);
        var value = Assert.IsType<DisplayDataOutput>(code.Outputs[0]);
        Assert.Equal("42", value.GetText("text/plain"));
        var error = Assert.IsType<ErrorOutput>(code.Outputs[1]);
        Assert.Equal(("Error", "System.Exception: x"), (error.Ename, error.Evalue));
        Assert.Equal("polyglot-notebook", notebook.Metadata["language_info"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Saving_gives_missing_ids_and_nbformat_4_5()
    {
        var notebook = Notebook.Load(Repo.TestNotebook("vscode-style"));
        using var temp = new TempFolder();
        var path = temp.File("saved.ipynb");

        notebook.Save(path);

        var saved = Notebook.Load(path);
        Assert.Equal(5, saved.FormatMinor);
        Assert.All(saved.Cells, c => Assert.Matches("^[a-zA-Z0-9-_]{1,64}$", c.Id!));
        Assert.Equal(saved.Cells.Count, saved.Cells.Select(c => c.Id).Distinct().Count());
        Assert.Contains("\"vscode\": {", File.ReadAllText(path), StringComparison.Ordinal);
        Nbformat.Validate(path);
    }

    [Fact]
    public void Save_replaces_the_file_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var path = temp.File("n.ipynb");
        File.WriteAllText(path, "old");
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.CSharp("1"));

        notebook.Save(path);

        Assert.Equal(["n.ipynb"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
        Assert.Equal("1", Notebook.Load(path).Cells[0].Source);
    }

    [Fact]
    public void Rejects_files_that_are_not_nbformat_4()
    {
        Assert.Throws<NotebookFormatException>(() => Notebook.Parse("[]"));
        Assert.Throws<NotebookFormatException>(() => Notebook.Parse("{\"nbformat\": 3, \"cells\": []}"));
        Assert.Throws<NotebookFormatException>(() => Notebook.Parse("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"weird\"}]}]}"));
        Assert.Throws<NotebookFormatException>(() => Notebook.Parse("{ nope"));
    }

    [Fact]
    public void CreateCSharp_writes_the_Polyglot_metadata()
    {
        var notebook = Notebook.CreateCSharp();
        notebook.Cells.Add(NotebookCell.CSharp("1"));
        using var temp = new TempFolder();
        var path = temp.File("n.ipynb");
        notebook.Save(path);

        var json = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(".net-csharp", json["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", json["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        Assert.Equal("csharp", json["cells"]![0]!["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.Equal("csharp", json["cells"]![0]!["metadata"]!["dotnet_interactive"]!["language"]!.GetValue<string>());
        Nbformat.Validate(path);
    }
}
