using Markdig;
using VirtLab.Notebooks.Export;

namespace VirtLab.Notebooks.Tests.Export;

public sealed class NotebookLinksTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly NotebookLinks Links = new(["00-setup.ipynb", "03-cpu-allocation.ipynb", "homework/allocation/allocation.instructor.ipynb"]);

    [Theory]
    [InlineData("03-cpu-allocation.ipynb", "01-x.ipynb", "03-cpu-allocation.html")]
    [InlineData("03-cpu-allocation.ipynb#drf", "01-x.ipynb", "03-cpu-allocation.html#drf")]
    [InlineData("../../00-setup.ipynb", "homework/allocation/allocation.instructor.ipynb", "../../00-setup.html")]
    [InlineData("allocation/allocation.instructor.ipynb", "homework/README.ipynb", "allocation/allocation.instructor.html")]
    [InlineData("04-memory.ipynb", "01-x.ipynb", "04-memory.ipynb")]                  // not exported: unchanged
    [InlineData("https://example.org/a.ipynb", "01-x.ipynb", "https://example.org/a.ipynb")]
    [InlineData("data/timeline.csv", "01-x.ipynb", "data/timeline.csv")]
    [InlineData("#objectives", "01-x.ipynb", "#objectives")]
    public void Links_to_exported_notebooks_point_at_their_pages(string url, string page, string expected) =>
        Assert.Equal(expected, Links.Rewrite(url, page));

    [Fact]
    public void Markdown_is_rendered_with_the_rewritten_links()
    {
        var html = Links.ToHtml("Next: [lesson 03](03-cpu-allocation.ipynb), then [04](04-memory.ipynb).", "02-containers.ipynb", Pipeline);

        Assert.Contains("href=\"03-cpu-allocation.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"04-memory.ipynb\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_link_between_exported_course_pages_resolves_to_a_page()
    {
        using var temp = new TestSupport.TempFolder();
        var notebooks = Path.Combine(TestSupport.Repo.Root, "notebooks");
        var pages = Directory.GetFiles(notebooks, "*.ipynb")
            .Select(f => new HtmlExportPage(Path.GetFileName(f), Notebook.Load(f), true)).ToList();

        HtmlExporter.Export(pages, temp.Path);

        var hrefs = Directory.GetFiles(temp.Path, "*.html")
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "href=\"([^\"#:]+)(#[^\"]*)?\"").Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.Contains(hrefs, h => h.EndsWith(".html", StringComparison.Ordinal) && h != "index.html");
        Assert.DoesNotContain(hrefs, h => h.EndsWith(".ipynb", StringComparison.Ordinal));
        Assert.All(hrefs.Where(h => h.EndsWith(".html", StringComparison.Ordinal)), h => Assert.True(File.Exists(Path.Combine(temp.Path, h)), $"{h} does not exist"));
    }
}
