using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Markdig;

namespace VirtLab.Notebooks.Export;

/// <summary>
/// Renders executed notebooks as static HTML: an index page and one page per notebook (markdown via Markdig, code
/// cells with their outputs, plotly charts drawn from <c>application/vnd.plotly.v1+json</c> with a local
/// <c>plotly.min.js</c> copied beside the pages, so the export works offline and references no CDN).
/// </summary>
public static partial class HtmlExporter
{
    /// <summary>The MIME type of plotly figures (the one JupyterLab's plotly renderer uses).</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Writes <c>index.html</c>, one page per notebook and (when any page has a chart) <c>plotly.min.js</c>.</summary>
    /// <param name="pages">The notebooks.</param>
    /// <param name="folder">The export folder (created if missing).</param>
    /// <param name="plotlyScript">Path of <c>plotly.min.js</c>; default <see cref="PlotlyScriptLocator.Find"/>.</param>
    /// <exception cref="FileNotFoundException">A page has a chart and plotly.min.js cannot be found.</exception>
    public static void Export(IReadOnlyList<HtmlExportPage> pages, string folder, string? plotlyScript = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        var anyChart = false;
        var links = new NotebookLinks(pages.Select(p => p.RelativePath));
        foreach (var page in pages)
        {
            var target = Path.Combine(folder, Path.ChangeExtension(page.RelativePath, ".html"));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var depth = page.RelativePath.Count(c => c is '/' or '\\');
            var prefix = string.Concat(Enumerable.Repeat("../", depth));
            var (html, hasChart) = RenderNotebook(page.Notebook, Path.GetFileNameWithoutExtension(page.RelativePath), prefix, links, page.RelativePath);
            anyChart |= hasChart;
            File.WriteAllText(target, html, new UTF8Encoding(false));
        }

        File.WriteAllText(Path.Combine(folder, "index.html"), RenderIndex(pages), new UTF8Encoding(false));
        if (anyChart)
        {
            var script = plotlyScript ?? PlotlyScriptLocator.Find();
            File.Copy(script, Path.Combine(folder, "plotly.min.js"), overwrite: true);
        }
    }

    /// <summary>Renders one notebook page; <paramref name="rootPrefix"/> leads from the page to the export root.</summary>
    /// <param name="notebook">The notebook.</param>
    /// <param name="title">The page title.</param>
    /// <param name="rootPrefix">Leads from the page to the export root (<c>../</c> per folder level).</param>
    /// <param name="links">Where links to other notebooks point (default: unchanged).</param>
    /// <param name="pageRelativePath">The page's notebook path below the export root (resolves relative links).</param>
    public static (string Html, bool HasChart) RenderNotebook(Notebook notebook, string title, string rootPrefix = "", NotebookLinks? links = null, string pageRelativePath = "")
    {
        links ??= NotebookLinks.None;
        ArgumentNullException.ThrowIfNull(notebook);
        var body = new StringBuilder();
        var chartCount = 0;
        foreach (var cell in notebook.Cells)
        {
            if (cell.CellType == CellTypes.Markdown || (cell.IsCode && IsMarkdownCode(cell)))
            {
                var text = cell.IsCode ? StripFirstLine(cell.Source) : cell.Source;
                body.Append("<section class=\"markdown\">").Append(links.ToHtml(text, pageRelativePath, Markdown)).Append("</section>\n");
                continue;
            }

            if (!cell.IsCode)
            {
                body.Append("<pre class=\"raw\">").Append(WebUtility.HtmlEncode(cell.Source)).Append("</pre>\n");
                continue;
            }

            var label = cell.ExecutionCount is { } n ? $"[{n}]" : "[ ]";
            body.Append("<section class=\"cell\"><div class=\"prompt\">").Append(label).Append("</div><pre class=\"code\"><code class=\"language-csharp\">")
                .Append(WebUtility.HtmlEncode(cell.Source)).Append("</code></pre>\n");
            foreach (var output in cell.Outputs)
            {
                body.Append(RenderOutput(output, ref chartCount));
            }

            body.Append("</section>\n");
        }

        var head = new StringBuilder();
        head.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(WebUtility.HtmlEncode(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n");
        if (chartCount > 0)
        {
            head.Append("<script src=\"").Append(rootPrefix).Append("plotly.min.js\"></script>\n");
        }

        head.Append("</head>\n<body>\n<nav><a href=\"").Append(rootPrefix).Append("index.html\">&larr; All notebooks</a></nav>\n<main>\n");
        return (head.Append(body).Append("</main>\n</body>\n</html>\n").ToString(), chartCount > 0);
    }

    private static string RenderIndex(IReadOnlyList<HtmlExportPage> pages)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>VirtLab notebooks</title>\n<style>")
            .Append(Css).Append("</style>\n</head>\n<body>\n<main>\n<h1>VirtLab notebooks</h1>\n<table class=\"index\"><thead><tr><th>Notebook</th><th>Title</th><th>Run</th></tr></thead><tbody>\n");
        foreach (var page in pages)
        {
            var href = Path.ChangeExtension(page.RelativePath, ".html").Replace('\\', '/');
            html.Append("<tr><td><a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\">").Append(WebUtility.HtmlEncode(page.RelativePath)).Append("</a></td><td>")
                .Append(WebUtility.HtmlEncode(TitleOf(page.Notebook))).Append("</td><td>").Append(page.Succeeded ? "passed" : "<span class=\"failed\">failed</span>").Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n</main>\n</body>\n</html>\n").ToString();
    }

    private static string TitleOf(Notebook notebook)
    {
        foreach (var cell in notebook.Cells.Where(c => c.CellType == CellTypes.Markdown))
        {
            var heading = cell.Source.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
            if (heading is not null)
            {
                return heading[2..].Trim();
            }
        }

        return string.Empty;
    }

    private static string RenderOutput(CellOutput output, ref int chartCount)
    {
        switch (output)
        {
            case StreamOutput stream:
                return $"<pre class=\"output {stream.Name}\">{WebUtility.HtmlEncode(StripAnsi(stream.Text))}</pre>\n";
            case ErrorOutput error:
                return $"<pre class=\"output error\">{WebUtility.HtmlEncode(StripAnsi(string.Join("\n", error.Traceback.Count > 0 ? error.Traceback : [$"{error.Ename}: {error.Evalue}"])))}</pre>\n";
            case DisplayDataOutput display:
                if (display.Data[PlotlyMimeType] is JsonObject figure)
                {
                    chartCount++;
                    var id = $"virtlab-chart-{chartCount}";
                    var json = figure.ToJsonString().Replace("</", "<\\/", StringComparison.Ordinal);
                    return $"<div class=\"output chart\"><div id=\"{id}\" class=\"plotly-chart\"></div><script>(function(){{var f={json};Plotly.newPlot('{id}',f.data||[],f.layout||{{}},{{responsive:true}});}})();</script></div>\n";
                }

                if (display.GetText("text/html") is { } htmlText)
                {
                    return $"<div class=\"output html\">{htmlText}</div>\n";
                }

                if (display.GetText("image/svg+xml") is { } svg)
                {
                    return $"<div class=\"output image\">{svg}</div>\n";
                }

                if (display.GetText("image/png") is { } png)
                {
                    return $"<div class=\"output image\"><img alt=\"output\" src=\"data:image/png;base64,{png.Trim()}\"></div>\n";
                }

                if (display.GetText("text/markdown") is { } md)
                {
                    return $"<div class=\"output markdown\">{Markdig.Markdown.ToHtml(md, Markdown)}</div>\n";
                }

                if (display.GetText("text/plain") is { } plain)
                {
                    return $"<pre class=\"output\">{WebUtility.HtmlEncode(plain)}</pre>\n";
                }

                return string.Empty;
            default:
                return string.Empty;
        }
    }

    private static bool IsMarkdownCode(NotebookCell cell) =>
        cell.KernelName == "markdown" || cell.Source.TrimStart().StartsWith("#!markdown", StringComparison.Ordinal);

    private static string StripFirstLine(string source)
    {
        var trimmed = source.TrimStart();
        if (!trimmed.StartsWith("#!markdown", StringComparison.Ordinal))
        {
            return source;
        }

        var newline = trimmed.IndexOf('\n');
        return newline < 0 ? string.Empty : trimmed[(newline + 1)..];
    }

    private static string StripAnsi(string text) => AnsiEscape().Replace(text, string.Empty);

    [GeneratedRegex("\u001b\\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    private const string Css = """
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1f23;background:#fff}
main{max-width:1000px;margin:0 auto;padding:1.5rem 1.25rem 4rem}
nav{max-width:1000px;margin:0 auto;padding:.75rem 1.25rem 0}
a{color:#0b5cad}
h1,h2,h3{line-height:1.25}
pre{overflow-x:auto;padding:.6rem .8rem;border-radius:6px;font:14.5px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin:.4rem 0}
pre.code{background:#f4f6f8;border:1px solid #dde2e7}
pre.output{background:#fff;border-left:3px solid #c9d1d9}
pre.stderr{background:#fff8e6;border-left-color:#e0a800}
pre.error{background:#fdecec;border-left-color:#d22;color:#8a1111}
.cell{position:relative;margin:1rem 0}
.prompt{color:#8a939c;font:12px ui-monospace,monospace}
.output.html{overflow-x:auto;margin:.4rem 0}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left}
th{background:#f4f6f8}
.failed{color:#d22;font-weight:600}
blockquote{margin:.5rem 0;padding:.2rem 1rem;border-left:4px solid #9ec5fe;background:#f3f8ff}
.plotly-chart{width:100%;min-height:420px}
@media (min-width:1400px){body{font-size:19px}main,nav{max-width:1200px}}
""";
}
