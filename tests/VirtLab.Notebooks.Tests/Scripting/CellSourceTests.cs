using VirtLab.Notebooks.Scripting;

namespace VirtLab.Notebooks.Tests.Scripting;

public sealed class CellSourceTests
{
    [Fact]
    public void Directives_become_empty_lines_so_line_numbers_hold()
    {
        var cell = CellSource.Parse("#!csharp\n#!time\n#r \"nuget: Newtonsoft.Json, 13.0.3\"\n#i \"nuget: ./feed\"\n#r \"lib.dll\"\nx");

        Assert.Equal(CellKind.CSharp, cell.Kind);
        Assert.True(cell.TimeIt);
        Assert.Equal("\n\n\n\n#r \"lib.dll\"\nx", cell.Code);
        Assert.Equal([new PackageReference("Newtonsoft.Json", "13.0.3")], cell.Packages);
        Assert.Equal(["./feed"], cell.PackageSources);
        Assert.Null(cell.Error);
    }

    [Fact]
    public void Package_without_version_means_latest()
    {
        Assert.Equal([new PackageReference("Humanizer", null)], CellSource.Parse("#r \"nuget: Humanizer\"").Packages);
    }

    [Theory]
    [InlineData("#!markdown\n# Title", "Markdown", "# Title")]
    [InlineData("#!html\n<b>x</b>", "Html", "<b>x</b>")]
    public void Kernel_selectors_pick_the_cell_kind(string source, string kind, string body)
    {
        var cell = CellSource.Parse(source);

        Assert.Equal((kind, body), (cell.Kind.ToString(), cell.Code));
    }

    [Fact]
    public void Other_kernels_and_magics_are_explained_errors()
    {
        Assert.StartsWith("Line 1: '#!fsharp' is not supported by virtlab run", CellSource.Parse("#!fsharp\n1").Error, StringComparison.Ordinal);
        Assert.StartsWith("Line 2: '#!who' is not supported", CellSource.Parse("var a = 1;\n#!who").Error, StringComparison.Ordinal);
    }
}
