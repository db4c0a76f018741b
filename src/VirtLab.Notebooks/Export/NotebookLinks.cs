using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace VirtLab.Notebooks.Export;

/// <summary>
/// Renders a notebook's markdown for the HTML export with links between notebooks pointing at the exported pages:
/// <c>[lesson 03](03-cpu-allocation.ipynb#drf)</c> becomes <c>03-cpu-allocation.html#drf</c> when that notebook is in
/// the export, so a reader of the offline course can follow it. Links to notebooks that were not exported, and
/// every other link, are left as they are.
/// </summary>
public sealed class NotebookLinks
{
    private readonly HashSet<string> _exported;

    /// <summary>Creates the link map for one export.</summary>
    /// <param name="exportedRelativePaths">Each exported notebook's path relative to the export root (<c>/</c> or <c>\</c>).</param>
    public NotebookLinks(IEnumerable<string> exportedRelativePaths)
    {
        ArgumentNullException.ThrowIfNull(exportedRelativePaths);
        _exported = new HashSet<string>(exportedRelativePaths.Select(Normalize), StringComparer.Ordinal);
    }

    /// <summary>A map that rewrites nothing (a page rendered on its own).</summary>
    public static NotebookLinks None { get; } = new([]);

    /// <summary>Renders <paramref name="markdown"/> found in the notebook at <paramref name="pageRelativePath"/>.</summary>
    public string ToHtml(string markdown, string pageRelativePath, MarkdownPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(pipeline);
        var document = Markdown.Parse(markdown, pipeline);
        if (_exported.Count > 0)
        {
            foreach (var link in document.Descendants<LinkInline>())
            {
                link.Url = Rewrite(link.Url, pageRelativePath);
            }
        }

        return document.ToHtml(pipeline);
    }

    /// <summary>The exported page's address for a link to a notebook, or the link unchanged.</summary>
    public string? Rewrite(string? url, string pageRelativePath)
    {
        if (string.IsNullOrEmpty(url) || url.Contains("://", StringComparison.Ordinal) || url.StartsWith('/') || url.StartsWith('#'))
        {
            return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        if (!path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        var pageFolder = Path.GetDirectoryName(Normalize(pageRelativePath)) ?? string.Empty;
        var target = Normalize(Path.GetRelativePath(".", Path.Combine(pageFolder, Uri.UnescapeDataString(path))));
        if (!_exported.Contains(target))
        {
            return url;
        }

        return path[..^".ipynb".Length] + ".html" + (hash < 0 ? string.Empty : url[hash..]);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
