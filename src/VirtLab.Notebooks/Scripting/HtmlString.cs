namespace VirtLab.Notebooks.Scripting;

/// <summary>HTML text that a notebook displays as <c>text/html</c> (what <c>HTML("…")</c> returns, as in .NET Interactive).</summary>
/// <param name="Value">The HTML fragment.</param>
public sealed record HtmlString(string Value)
{
    /// <summary>The HTML fragment.</summary>
    public override string ToString() => Value;
}
