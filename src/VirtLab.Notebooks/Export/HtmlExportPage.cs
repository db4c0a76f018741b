namespace VirtLab.Notebooks.Export;

/// <summary>One notebook to export.</summary>
/// <param name="RelativePath">Path of the notebook below the export root (its page is the same path with <c>.html</c>).</param>
/// <param name="Notebook">The notebook, with outputs.</param>
/// <param name="Succeeded">Whether its run succeeded (shown on the index page).</param>
public sealed record HtmlExportPage(string RelativePath, Notebook Notebook, bool Succeeded);
