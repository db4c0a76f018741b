namespace VirtLab.Notebooks.Export;

/// <summary>Finds <c>plotly.min.js</c> from the npm package <c>plotly.js-dist-min</c> installed in <c>environment/node_modules</c>.</summary>
public static class PlotlyScriptLocator
{
    private const string RelativeScript = "environment/node_modules/plotly.js-dist-min/plotly.min.js";

    /// <summary>
    /// The script path: <c>VIRTLAB_PLOTLY_JS</c> if set, else <c>environment/node_modules/plotly.js-dist-min/plotly.min.js</c>
    /// in the current folder or any parent of it or of this library.
    /// </summary>
    /// <exception cref="FileNotFoundException">Not installed; the message says how to install it.</exception>
    public static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("VIRTLAB_PLOTLY_JS");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativeScript);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            "plotly.min.js is missing: run 'npm ci --prefix environment' (package plotly.js-dist-min) or set VIRTLAB_PLOTLY_JS.", RelativeScript);
    }
}
