using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VirtLab.Notebooks.Execution;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Execution;

public sealed class NotebookRunnerTests
{
    private static async Task<(Notebook Notebook, NotebookRunResult Result)> RunAsync(string name, NotebookRunOptions? options = null) =>
        await new NotebookRunner(options).RunFileAsync(Repo.TestNotebook(name));

    private static List<string> OutputsOf(Notebook notebook, int cellIndex) => Outputs.Describe(notebook.Cells[cellIndex]);

    [Fact]
    public async Task Runs_cells_in_order_and_records_values_console_text_and_displays()
    {
        var (notebook, result) = await RunAsync("basic");

        Assert.True(result.Succeeded);
        Assert.Equal(9, result.Cells.Count);
        Assert.Empty(OutputsOf(notebook, 1));
        Assert.Equal(["stdout: hello\n", "stderr: warn\n", "result[2] text/plain: 42"], OutputsOf(notebook, 2));
        Assert.Equal(["display text/html: <b>second</b>", "display text/plain: 3.5"], OutputsOf(notebook, 3));
        Assert.Equal(
            ["result[4] text/html: <table><thead><tr><th><i>index</i></th><th>Id</th><th>Runtime</th></tr></thead><tbody>"
             + "<tr><td>0</td><td>1</td><td>2.5</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table>"
             + " | text/plain: Job { Id = 1, Runtime = 2.5 }\nJob { Id = 2, Runtime = 3 }"],
            OutputsOf(notebook, 4));
        Assert.Equal(["stdout: no value\n"], OutputsOf(notebook, 5));
        Assert.Equal(["result[6] text/plain: <null>"], OutputsOf(notebook, 6));
        Assert.Equal(["result[7] text/plain: PASS Answer: correct."], OutputsOf(notebook, 7));
        Assert.Empty(OutputsOf(notebook, 8));
        var timed = OutputsOf(notebook, 9);
        Assert.Equal("result[9] text/plain: 55", timed[0]);
        Assert.Matches(@"^display text/plain: Wall time: \d+ms$", timed[1]);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], notebook.Cells.Where(c => c.IsCode).Select(c => c.ExecutionCount ?? 0));
    }

    [Fact]
    public async Task Written_notebooks_validate_with_nbformat()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "basic", "formatter", "compile-error", "hang" })
        {
            var (notebook, _) = await RunAsync(name, new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(10) });
            var path = temp.File(name + ".ipynb");
            notebook.Save(path);
            Nbformat.Validate(path);
        }
    }

    [Fact]
    public async Task Load_resolves_against_the_notebook_folder_which_is_the_working_directory()
    {
        var (notebook, result) = await RunAsync("load");

        Assert.True(result.Succeeded);
        Assert.Equal(["result[1] text/plain: 42"], OutputsOf(notebook, 0));
        Assert.Equal(["result[2] text/plain: True"], OutputsOf(notebook, 1));
    }

    [Fact]
    public async Task Honours_the_formatter_convention_by_attribute_name()
    {
        var (notebook, result) = await RunAsync("formatter");

        Assert.True(result.Succeeded, string.Join("\n", notebook.Cells.SelectMany(Outputs.Describe)));
        Assert.Equal(["result[2] text/html: <em>host-1</em> | text/plain: host-1"], OutputsOf(notebook, 1));
        Assert.Equal(["result[3] text/csv: 1,2 | text/plain: Pair { A = 1, B = 2 }"], OutputsOf(notebook, 2));
    }

    [Fact]
    public async Task Display_handle_updates_an_output_of_an_earlier_cell()
    {
        var (notebook, result) = await RunAsync("update");

        Assert.True(result.Succeeded);
        Assert.Equal(["display text/plain: 100 %"], OutputsOf(notebook, 0));
        Assert.Equal(["result[2] text/plain: done"], OutputsOf(notebook, 1));
    }

    [Fact]
    public async Task Compile_error_names_cell_line_and_column_and_stops_the_run()
    {
        var (notebook, result) = await RunAsync("compile-error");

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Cells.Count);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(notebook.Cells[1].Outputs));
        Assert.Equal("CompilationError", error.Ename);
        Assert.Equal("CS0103: The name 'undefinedName' does not exist in the current context", error.Evalue);
        Assert.Equal(["Cell 2, line 2, column 9: error CS0103: The name 'undefinedName' does not exist in the current context"], error.Traceback);
        Assert.Null(notebook.Cells[2].ExecutionCount);
        Assert.Equal(CellRunStatus.Failed, result.FirstFailure!.Status);
    }

    [Fact]
    public async Task Exception_names_cell_and_line()
    {
        var (notebook, result) = await RunAsync("throws");

        Assert.False(result.Succeeded);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(notebook.Cells[0].Outputs));
        Assert.Equal(("System.InvalidOperationException", "boom"), (error.Ename, error.Evalue));
        Assert.Equal("Cell 1, line 2: System.InvalidOperationException: boom", error.Traceback[0]);
        Assert.Contains(error.Traceback, l => l.EndsWith("in cell 1:line 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Continue_on_error_runs_the_later_cells_but_the_notebook_still_fails()
    {
        var (notebook, result) = await RunAsync("throws", new NotebookRunOptions { ContinueOnError = true });

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Cells.Count);
        Assert.Equal(["result[2] text/plain: 1"], OutputsOf(notebook, 1));
    }

    [Fact]
    public async Task A_cell_tagged_raises_exception_may_fail()
    {
        var (notebook, result) = await RunAsync("raises");

        Assert.True(result.Succeeded);
        Assert.Equal(CellRunStatus.FailedAsExpected, result.Cells[0].Status);
        Assert.Equal(["error System.ArgumentException: expected failure"], OutputsOf(notebook, 0));
        Assert.Equal(["stdout: after\n"], OutputsOf(notebook, 1));
    }

    [Fact]
    public async Task A_hung_cell_times_out_and_the_next_notebook_still_runs()
    {
        // The limit must cover the first cell's cold compile, which took over 10 s at load 42 on 2 cores.
        var (notebook, result) = await RunAsync("hang", new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(40) });

        Assert.False(result.Succeeded);
        Assert.Equal(CellRunStatus.TimedOut, result.Cells[^1].Status);
        Assert.Equal(["stdout: before\n"], OutputsOf(notebook, 0));
        Assert.Equal(
            ["error CellTimeout: Cell 2 did not finish within 40 s; the notebook process was stopped and later cells did not run."],
            OutputsOf(notebook, 1));
        Assert.Empty(notebook.Cells[2].Outputs);

        var (_, next) = await RunAsync("load");
        Assert.True(next.Succeeded);
    }

    [Fact]
    public async Task Environment_Exit_is_reported_on_its_cell()
    {
        var (notebook, result) = await RunAsync("exit");

        Assert.False(result.Succeeded);
        Assert.Equal(CellRunStatus.WorkerExited, result.Cells[^1].Status);
        Assert.Equal(["stdout: bye\n"], OutputsOf(notebook, 0));
        Assert.Equal(
            ["error WorkerExited: The notebook process exited with code 3 while running cell 2 (Environment.Exit or a crash); later cells did not run."],
            OutputsOf(notebook, 1));
        Assert.Null(notebook.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task A_missing_package_is_a_clear_error_on_its_cell()
    {
        var (notebook, result) = await RunAsync("missing-package");

        Assert.False(result.Succeeded);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(notebook.Cells[0].Outputs));
        Assert.Equal("PackageRestoreError", error.Ename);
        Assert.StartsWith("Could not restore NuGet package(s) VirtLab.NoSuchPackage.Anywhere 1.0.0: error NU1101: Unable to find package VirtLab.NoSuchPackage.Anywhere", error.Evalue);
    }

    [Fact]
    public async Task Nuget_reference_restores_and_loads_the_package()
    {
        var (notebook, result) = await RunAsync("nuget");

        Assert.True(result.Succeeded, string.Join("\n", Outputs.Describe(notebook.Cells[0])));
        Assert.Equal(["stdout: Installed package Newtonsoft.Json version 13.0.3\n", "result[1] text/plain: {\"a\":1}"], OutputsOf(notebook, 0));
    }

    [Fact]
    public async Task Parameters_are_injected_after_the_parameters_cell()
    {
        var options = new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["count"] = "5", ["label"] = "run \"A\"" } };
        var (notebook, result) = await RunAsync("parameters", options);

        Assert.True(result.Succeeded);
        var injected = notebook.Cells[1];
        Assert.Equal(["injected-parameters"], injected.Tags);
        Assert.Equal("// Parameters injected by virtlab run -p\ncount = 5;\nlabel = \"run \\\"A\\\"\";", injected.Source);
        Assert.Equal(["result[3] text/plain: run \"A\":50"], OutputsOf(notebook, 2));
    }

    [Fact]
    public async Task The_library_loads_from_the_path_the_notebook_references_and_MathNet_from_beside_it()
    {
        // The worker host has its own VirtLab.dll; a notebook must still get the library it references.
        var (notebook, result) = await RunAsync("library");

        Assert.True(result.Succeeded, string.Join("\n", notebook.Cells.SelectMany(Outputs.Describe)));
        var folder = Path.Combine(Repo.Root, "artifacts", "bin", "VirtLab", "debug");
        Assert.Equal([$"result[2] text/plain: {Path.Combine(folder, "VirtLab.dll")}"], OutputsOf(notebook, 1));
        Assert.Equal([$"result[3] text/plain: {Path.Combine(folder, "MathNet.Numerics.dll")}"], OutputsOf(notebook, 2));
    }

    [Fact]
    public async Task Assemblies_beside_a_referenced_assembly_are_loaded()
    {
        using var temp = new TempFolder();
        var deps = Path.Combine(temp.Path, "deps");
        Directory.CreateDirectory(deps);
        var dep = Compile("Dep", "public static class Dep { public static int Value => 42; }", deps);
        Compile("Lib", "public static class Lib { public static int Answer() => Dep.Value; }", deps, dep);
        File.Copy(Repo.TestNotebook("dependencies"), temp.File("dependencies.ipynb"));

        var (notebook, result) = await new NotebookRunner().RunFileAsync(temp.File("dependencies.ipynb"));

        Assert.True(result.Succeeded, string.Join("\n", Outputs.Describe(notebook.Cells[0])));
        Assert.Equal(["result[1] text/plain: 42"], OutputsOf(notebook, 0));
    }

    private static string Compile(string name, string code, string folder, params string[] references)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll");
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(code)],
            platform.Concat(references).Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(folder, name + ".dll");
        var emit = compilation.Emit(path);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return path;
    }
}
