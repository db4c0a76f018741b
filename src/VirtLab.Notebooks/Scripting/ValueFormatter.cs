using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Scripting;

/// <summary>
/// Turns a value into a MIME bundle the way .NET Interactive does for the cases the course uses.
/// </summary>
/// <remarks>
/// Order: a type's convention formatters (an attribute named <c>TypeFormatterSourceAttribute</c> on the type, a
/// base type or an interface; its <c>FormatterSourceType</c> is instantiated and <c>CreateTypeFormatters()</c>
/// yields items with <c>MimeType</c>, optional <c>Type</c> and <c>Format(object, TextWriter)</c>; the attribute's
/// <c>PreferredMimeTypes</c> picks which to show), then <see cref="HtmlString"/> as <c>text/html</c>, strings and
/// scalars as <c>text/plain</c>, sequences of objects as an HTML table plus <c>text/plain</c>, anything else as
/// <c>text/plain</c> from <c>ToString()</c>. Source: dotnet/interactive <c>docs/formatting.md</c> and
/// <c>Formatter.TryRegisterFromFormatterSources</c> (see shared/reference/notebooks-and-grading.md §2.2).
/// </remarks>
internal static class ValueFormatter
{
    /// <summary>Rows an HTML table shows before it summarises the rest.</summary>
    public const int RowLimit = 100;

    private static readonly ConcurrentDictionary<Type, ConventionFormatters?> Conventions = new();

    /// <summary>Formats <paramref name="value"/>; <paramref name="mimeTypes"/> (if any) restricts the MIME types.</summary>
    public static JsonObject Format(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        var bundle = FormatAll(value);
        if (mimeTypes is { Count: > 0 })
        {
            var chosen = new JsonObject();
            foreach (var mime in mimeTypes)
            {
                var text = bundle.FirstOrDefault(p => p.Key == mime).Value ?? (mime == "text/plain" ? PlainText(value) : null);
                if (text is not null)
                {
                    chosen[mime] = ToNode(mime, text);
                }
            }

            if (chosen.Count == 0)
            {
                throw new ArgumentException($"No formatter renders {value?.GetType().Name ?? "null"} as {string.Join(", ", mimeTypes)}.", nameof(mimeTypes));
            }

            return chosen;
        }

        var result = new JsonObject();
        foreach (var (mime, text) in bundle)
        {
            result[mime] = ToNode(mime, text);
        }

        return result;
    }

    private static JsonNode? ToNode(string mime, string text)
    {
        if (MimeBundles.IsJsonMime(mime))
        {
            return JsonNode.Parse(text);
        }

        return text;
    }

    private static List<KeyValuePair<string, string>> FormatAll(object? value)
    {
        if (value is null)
        {
            return [new("text/plain", "<null>")];
        }

        if (value is HtmlString html)
        {
            return [new("text/html", html.Value)];
        }

        var convention = Conventions.GetOrAdd(value.GetType(), FindConvention);
        if (convention is not null)
        {
            var rendered = convention.Render(value);
            if (rendered.Count > 0)
            {
                if (!rendered.Any(p => p.Key == "text/plain"))
                {
                    rendered.Add(new("text/plain", PlainText(value)));
                }

                return rendered;
            }
        }

        if (value is IEnumerable sequence and not string && !IsScalar(value))
        {
            return FormatSequence(sequence);
        }

        return [new("text/plain", PlainText(value))];
    }

    /// <summary>The text/plain rendering: <c>ToString()</c> with invariant culture, <c>[ a, b ]</c> for sequences of scalars.</summary>
    internal static string PlainText(object? value)
    {
        switch (value)
        {
            case null:
                return "<null>";
            case string s:
                return s;
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            case IEnumerable sequence:
                var items = sequence.Cast<object?>().Take(RowLimit + 1).ToList();
                var shown = string.Join(", ", items.Take(RowLimit).Select(PlainText));
                return items.Count > RowLimit ? $"[ {shown}, … ]" : $"[ {shown} ]";
            default:
                return value.ToString() ?? string.Empty;
        }
    }

    private static bool IsScalar(object? value) =>
        value is null or string or IFormattable or bool or char || value.GetType().IsPrimitive || value.GetType().IsEnum;

    // The same table as VirtLab.Display.SequenceTable, which the real kernel uses: the worker cannot reference the
    // library (WorkerLauncher keeps VirtLab.dll out of it), so the rules are repeated here, and
    // tests/kernel/conformance.py checks that both hosts show the same tables.
    private static List<KeyValuePair<string, string>> FormatSequence(IEnumerable sequence)
    {
        var items = sequence.Cast<object?>().Take(RowLimit + 1).ToList();
        if (items.All(IsScalar) || items.Any(i => i is IEnumerable and not string))
        {
            return [new("text/plain", PlainText(sequence))];
        }

        var shown = items.Take(RowLimit).ToList();
        var itemType = shown.FirstOrDefault(i => i is not null)!.GetType();
        var properties = itemType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToList();
        var html = new StringBuilder();
        html.Append("<table><thead><tr><th><i>index</i></th>");
        foreach (var property in properties)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(property.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var i = 0; i < shown.Count; i++)
        {
            html.Append("<tr><td>").Append(i).Append("</td>");
            foreach (var property in properties)
            {
                var cell = shown[i] is { } item && property.DeclaringType!.IsInstanceOfType(item) ? PlainText(property.GetValue(item)) : string.Empty;
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        var plain = string.Join("\n", shown.Select(PlainText));
        if (items.Count > RowLimit)
        {
            html.Append("<p>(more rows not shown)</p>");
            plain += "\n…";
        }

        return [new("text/html", html.ToString()), new("text/plain", plain)];
    }

    private static ConventionFormatters? FindConvention(Type type)
    {
        var candidates = new List<Type>();
        for (var t = type; t is not null; t = t.BaseType)
        {
            candidates.Add(t);
        }

        candidates.AddRange(type.GetInterfaces());
        foreach (var candidate in candidates)
        {
            foreach (var attribute in candidate.GetCustomAttributes(inherit: false))
            {
                var attributeType = attribute.GetType();
                if (attributeType.Name != "TypeFormatterSourceAttribute")
                {
                    continue;
                }

                if (attributeType.GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType)
                {
                    continue;
                }

                var preferred = attributeType.GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[];
                return new ConventionFormatters(CreateFormatters(sourceType, candidate), preferred);
            }
        }

        return FindAssemblyConvention(type);
    }

    /// <summary>
    /// Formatter sources named at assembly level (<c>[assembly: TypeFormatterSource(...)]</c>) for types the assembly
    /// does not own, such as VirtLab's source for Plotly.NET charts: the first loaded source with a formatter whose
    /// <c>Type</c> the value is.
    /// </summary>
    private static ConventionFormatters? FindAssemblyConvention(Type type)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.IsDynamic)
            {
                continue;
            }

            object[] attributes;
            try
            {
                attributes = assembly.GetCustomAttributes(inherit: false);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or TypeLoadException)
            {
                continue;
            }

            foreach (var attribute in attributes.Where(a => a.GetType().Name == "TypeFormatterSourceAttribute"))
            {
                if (attribute.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType)
                {
                    continue;
                }

                var formatters = CreateFormatters(sourceType, defaultType: null).Where(f => f.ForType.IsAssignableFrom(type)).ToList();
                if (formatters.Count > 0)
                {
                    return new ConventionFormatters(formatters, attribute.GetType().GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[]);
                }
            }
        }

        return null;
    }

    private static List<ConventionFormatter> CreateFormatters(Type sourceType, Type? defaultType)
    {
        var source = Activator.CreateInstance(sourceType, nonPublic: true)
            ?? throw new InvalidOperationException($"Cannot create formatter source {sourceType}.");
        var create = sourceType.GetMethod("CreateTypeFormatters")
            ?? throw new InvalidOperationException($"{sourceType} has no public CreateTypeFormatters() method.");
        var formatters = new List<ConventionFormatter>();
        foreach (var item in (IEnumerable)create.Invoke(source, null)!)
        {
            var itemType = item.GetType();
            var mime = itemType.GetProperty("MimeType")?.GetValue(item) as string;
            var format = itemType.GetMethod("Format", [typeof(object), typeof(TextWriter)]);
            var forType = itemType.GetProperty("Type")?.GetValue(item) as Type ?? defaultType;
            if (mime is null || format is null || forType is null)
            {
                continue;
            }

            formatters.Add(new ConventionFormatter(mime, forType, item, format));
        }

        return formatters;
    }

    private sealed record ConventionFormatter(string MimeType, Type ForType, object Instance, MethodInfo FormatMethod);

    private sealed record ConventionFormatters(IReadOnlyList<ConventionFormatter> Formatters, string[]? PreferredMimeTypes)
    {
        public List<KeyValuePair<string, string>> Render(object value)
        {
            var result = new List<KeyValuePair<string, string>>();
            var mimes = PreferredMimeTypes is { Length: > 0 } ? PreferredMimeTypes : Formatters.Select(f => f.MimeType).Distinct().ToArray();
            foreach (var mime in mimes)
            {
                foreach (var formatter in Formatters.Where(f => f.MimeType == mime && f.ForType.IsInstanceOfType(value)))
                {
                    using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                    try
                    {
                        if ((bool)formatter.FormatMethod.Invoke(formatter.Instance, [value, writer])!)
                        {
                            result.Add(new(mime, writer.ToString()));
                            break;
                        }
                    }
                    catch (TargetInvocationException e) when (e.InnerException is not null)
                    {
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                    }
                }
            }

            return result;
        }
    }
}
