namespace VirtLab.Notebooks.Scripting;

/// <summary>
/// The helpers every notebook cell can call without a <c>using</c>, named as in .NET Interactive
/// (<c>Microsoft.DotNet.Interactive.Kernel</c>) so cells mean the same in both hosts.
/// </summary>
#pragma warning disable IDE1006 // Lower-case names match .NET Interactive's helpers.
public sealed class ScriptGlobals
{
    private readonly OutputSink _sink;

    internal ScriptGlobals(OutputSink sink)
    {
        _sink = sink;
    }

    /// <summary>Shows <paramref name="value"/> below the cell and returns a handle whose <c>Update(x)</c> replaces it.</summary>
    /// <param name="value">The value to show.</param>
    /// <param name="mimeTypes">MIME types to render (default: the type's preferred ones).</param>
    public DisplayedValue display(object? value, params string[] mimeTypes)
    {
        ArgumentNullException.ThrowIfNull(mimeTypes);
        var location = _sink.AddDisplay(ValueFormatter.Format(value, mimeTypes));
        return new DisplayedValue(_sink, location, mimeTypes);
    }

    /// <summary>Wraps HTML text so that displaying it renders <c>text/html</c> (a plain string displays as text).</summary>
    /// <param name="content">The HTML fragment.</param>
    public HtmlString HTML(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new HtmlString(content);
    }
}
#pragma warning restore IDE1006
