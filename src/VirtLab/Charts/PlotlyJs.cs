namespace VirtLab.Charts;

/// <summary>The plotly.js that Plotly.NET embeds (resource <c>Plotly.NET.plotly-2.28.0.min.js</c>): every host and
/// export takes the script from here, so charts draw offline and no page ever loads it from a CDN.</summary>
public static class PlotlyJs
{
    private static readonly Lazy<string> s_script = new(Load);

    /// <summary>The plotly.js version Plotly.NET is built for (<c>global::Globals.PLOTLYJS_VERSION</c>).</summary>
    public static string Version => global::Globals.PLOTLYJS_VERSION;

    /// <summary>The name of the embedded resource.</summary>
    public static string ResourceName => $"Plotly.NET.plotly-{Version}.min.js";

    /// <summary>The minified script (about 3.6 MB).</summary>
    /// <exception cref="InvalidOperationException">The Plotly.NET assembly has no such resource (a different version).</exception>
    public static string Script => s_script.Value;

    /// <summary>Writes the script to a file (for an HTML export that shares one copy between pages).</summary>
    /// <param name="path">The file to write; its folder must exist.</param>
    public static void WriteTo(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temp = path + ".tmp";
        File.WriteAllText(temp, Script);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The script wrapped so it always defines <c>window.Plotly</c>, also on pages with require.js or a
    /// CommonJS <c>module</c> (where plotly's UMD header would register a module instead of the global).</summary>
    internal static string GlobalScript =>
        "(function (define, module, exports) {\n" + Script + "\n}).call(window);";

    private static string Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no resource {ResourceName}; VirtLab needs the Plotly.NET version it was built with.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd();
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("plotly.js contains '</script' and cannot be inlined in an HTML script element.");
        }

        return script;
    }
}
