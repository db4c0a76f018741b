#!/usr/bin/python3
"""Writes the runner's test notebooks with nbformat (the canonical writer), outputs cleared.

Run from this folder: /usr/bin/python3 make_test_notebooks.py
Each notebook exercises one directive or failure mode; VirtLab.Notebooks.Tests asserts their exact outputs.
"""
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

SETUP = '#r "../../../artifacts/bin/VirtLab/debug/VirtLab.dll"\nusing VirtLab.Exercises;'
CODE_MD = {"dotnet_interactive": {"language": "csharp"}, "polyglot_notebook": {"kernelName": "csharp"}}
NB_MD = {
    "kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
    "language_info": {"name": "C#"},
    "polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp", "items": [{"aliases": [], "name": "csharp"}]}},
}


def code(source, tags=None):
    metadata = dict(CODE_MD)
    if tags:
        metadata["tags"] = tags
    return new_code_cell(source, metadata=metadata)


def write(name, cells, ids=None):
    nb = new_notebook(metadata=NB_MD)
    nb.cells = cells
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{name}-{i}"
    nbformat.validate(nb)
    nbformat.write(nb, f"{name}.ipynb")


write("basic", [
    new_markdown_cell("# Basic outputs\n\nValues, console text, `display`, tables — ünïcödé too."),
    code(SETUP),
    code('Console.WriteLine("hello");\nConsole.Error.WriteLine("warn");\n6 * 7'),
    code('var handle = display("first");\nhandle.Update(HTML("<b>second</b>"));\ndisplay(3.5);'),
    code('record Job(int Id, double Runtime);\nnew List<Job> { new(1, 2.5), new(2, 3) }'),
    code('Console.WriteLine("no value")'),
    code('string? nothing = null;\nnothing'),
    code('#!csharp\nCheck.Close(0.1 + 0.2, 0.3, tolerance: 1e-9)'),
    code('#!markdown\n## Markdown in a code cell\nNot run.'),
    code('#!time\nvar total = Enumerable.Range(1, 10).Sum();\ntotal'),
])

write("load", [
    code('#load "helpers.csx"\nTwice(21)'),
    code('// System.IO is not a default import (as in .NET Interactive); the working directory is the notebook folder.\n'
         'System.IO.File.Exists("helpers.csx")'),
])

write("formatter", [
    code(SETUP + '\nusing VirtLab.Display;'),
    code('[TypeFormatterSource(typeof(HtmlFormatterSource))]\n'
         'public sealed class Host : IHtmlRenderable\n{\n'
         '    public string ToHtml() => "<em>host-1</em>";\n'
         '    public override string ToString() => "host-1";\n}\n'
         'new Host()'),
    code('// A formatter source recognised by the attribute\'s simple name, as .NET Interactive does.\n'
         'public sealed class TypeFormatterSourceAttribute(Type source) : Attribute\n{\n'
         '    public Type FormatterSourceType { get; } = source;\n'
         '    public string[]? PreferredMimeTypes { get; set; }\n}\n'
         'public sealed class CsvSource\n{\n'
         '    public System.Collections.IEnumerable CreateTypeFormatters()\n'
         '        => new[] { new MimeFormatter<Pair>("text/csv", (p, w) => w.Write($"{p.A},{p.B}")) };\n}\n'
         '[TypeFormatterSource(typeof(CsvSource), PreferredMimeTypes = new[] { "text/csv" })]\n'
         'public sealed record Pair(int A, int B);\n'
         'new Pair(1, 2)'),
])

write("compile-error", [
    code('var a = 1;'),
    code('var b = 2;\nvar c = undefinedName + 1;'),
    code('a'),
])

write("throws", [
    code('var x = 1;\nthrow new InvalidOperationException("boom");'),
    code('x'),
])

write("raises", [
    code('throw new ArgumentException("expected failure");', tags=["raises-exception"]),
    code('Console.WriteLine("after");'),
])

write("hang", [
    code('Console.WriteLine("before");'),
    code('System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);'),
    code('Console.WriteLine("never");'),
])

write("exit", [
    code('Console.WriteLine("bye");'),
    code('Environment.Exit(3);'),
    code('Console.WriteLine("never");'),
])

write("missing-package", [
    code('#r "nuget: VirtLab.NoSuchPackage.Anywhere, 1.0.0"\n1'),
])

write("nuget", [
    code('#r "nuget: Newtonsoft.Json, 13.0.3"\nNewtonsoft.Json.JsonConvert.SerializeObject(new { a = 1 })'),
])

write("parameters", [
    code('var count = 2;\nvar label = "default";', tags=["parameters"]),
    code('$"{label}:{count * 10}"'),
])

write("dependencies", [
    code('#r "deps/Lib.dll"\nLib.Answer()'),
])

write("update", [
    code('var progress = display("0 %");'),
    code('progress.Update("100 %");\n"done"'),
])

write("charts", [
    new_markdown_cell("# Charts\n\nA **line**, a Gantt chart and a heatmap, drawn offline.\n\n| a | b |\n|---|---|\n| 1 | 2 |"),
    code(SETUP + '\nusing VirtLab.Charts;'),
    code('Chart.Line(new double[] { 0, 1, 2 }, new double[] { 1, 3, 2 }, name: "VM 1", title: "Line")\n'
         '    .WithAxes("time (s)", "CPU share")'),
    code('display(Chart.Gantt(new[] { new GanttTask("CPU 0", 0, 3, "A"), new GanttTask("CPU 1", 1, 2, "B"), new GanttTask("CPU 0", 3, 5, "B") }, title: "Gantt"));\n'
         'Chart.Heatmap(new[] { new double[] { 0.1, 0.9 }, new double[] { 0.5, 0.4 } }, new[] { "t0", "t1" }, new[] { "a", "b" }, title: "Heatmap")'),
    code('Console.WriteLine("<not html> & text");'),
])

write("library", [
    code(SETUP),
    code('typeof(VirtLab.VirtLabInfo).Assembly.Location'),
    code('Type.GetType("MathNet.Numerics.Constants, MathNet.Numerics")!.Assembly.Location'),
])
