namespace VirtLab.Display;

/// <summary>
/// Names the formatter source that renders a type in a notebook.
/// </summary>
/// <remarks>
/// .NET Interactive (Polyglot Notebooks) recognises this attribute by its simple name and reads
/// <see cref="FormatterSourceType"/> and <see cref="PreferredMimeTypes"/> by reflection, so the
/// library needs no reference to any notebook host. The VirtLab runner (<c>virtlab run</c>) honours
/// the same convention. The source type needs a parameterless constructor and one public method
/// <c>IEnumerable CreateTypeFormatters()</c> whose items expose <c>string MimeType</c> and
/// <c>bool Format(object instance, TextWriter writer)</c>; see <see cref="MimeFormatter{T}"/>.
/// On an assembly it names a source for types the assembly does not own (each formatter's <c>Type</c> says which):
/// <c>virtlab run</c> honours that; the real kernel gets those through <see cref="KernelFormatters"/>.
/// Source: dotnet/interactive <c>docs/formatting.md</c>, "Convention-based formatters".
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Assembly, AllowMultiple = true, Inherited = true)]
public sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="formatterSourceType">A type with a parameterless constructor and a <c>CreateTypeFormatters()</c> method.</param>
    public TypeFormatterSourceAttribute(Type formatterSourceType)
    {
        ArgumentNullException.ThrowIfNull(formatterSourceType);
        FormatterSourceType = formatterSourceType;
    }

    /// <summary>The formatter source type.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>MIME types to prefer when a value of the decorated type is displayed, most preferred first.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
