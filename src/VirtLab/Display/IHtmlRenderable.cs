namespace VirtLab.Display;

/// <summary>A value that knows how to render itself as an HTML fragment in a notebook.</summary>
public interface IHtmlRenderable
{
    /// <summary>An HTML fragment (no <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c>) that shows this value.</summary>
    string ToHtml();
}
