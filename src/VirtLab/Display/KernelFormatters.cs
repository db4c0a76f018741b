using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using VirtLab.Charts;

namespace VirtLab.Display;

/// <summary>
/// Registers VirtLab's formatters with the real .NET Interactive kernel (the <c>Microsoft.dotnet-interactive</c> tool
/// that VS Code and Jupyter run) when VirtLab loads there, by reflection, so the library references no notebook host.
/// </summary>
/// <remarks>
/// The kernel already honours <see cref="TypeFormatterSourceAttribute"/> on VirtLab's own types. Two things need an
/// explicit registration because VirtLab does not own the types: Plotly.NET's <c>GenericChart</c>
/// (<see cref="GenericChartFormatterSource"/>: chart with plotly.js inlined once, no CDN, plus fallbacks) and sequences
/// of objects, which the kernel would show as collapsed tree rows (<see cref="SequenceTable"/>: the column table that
/// <c>virtlab run</c> shows). The sequence formatter declines scalars, strings and types with their own formatter
/// source, which then render as the kernel would anyway. Outside the kernel (no
/// <c>Microsoft.DotNet.Interactive.Formatting</c> loaded) nothing happens.
/// </remarks>
public static class KernelFormatters
{
    private const string FormattingAssembly = "Microsoft.DotNet.Interactive.Formatting";
    private static int s_registered;

    /// <summary>Whether the formatters are registered with a running kernel.</summary>
    public static bool IsRegistered => Volatile.Read(ref s_registered) == 1;

    /// <summary>Registers with the kernel's <c>Formatter</c> if this process is a .NET Interactive kernel; safe to
    /// call again (it registers once).</summary>
    /// <returns><see langword="true"/> when registered (now or before).</returns>
    public static bool Register()
    {
        if (IsRegistered)
        {
            return true;
        }

        var formatting = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == FormattingAssembly);
        var formatter = formatting?.GetType("Microsoft.DotNet.Interactive.Formatting.Formatter");
        var delegateDefinition = formatting?.GetType("Microsoft.DotNet.Interactive.Formatting.FormatDelegate`1");
        if (formatter is null || delegateDefinition is null || Interlocked.Exchange(ref s_registered, 1) == 1)
        {
            return IsRegistered;
        }

        var delegateType = delegateDefinition.MakeGenericType(typeof(object));
        var register = formatter.GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m =>
            m.Name == "Register" && !m.IsGenericMethod &&
            m.GetParameters().Select(p => p.ParameterType).SequenceEqual([typeof(Type), delegateType, typeof(string)]));
        var setPreferred = formatter.GetMethod("SetPreferredMimeTypesFor", [typeof(Type), typeof(string[])]);

        foreach (var item in new GenericChartFormatterSource().CreateTypeFormatters())
        {
            var mime = (string)item.GetType().GetProperty("MimeType")!.GetValue(item)!;
            var bridge = new Bridge(item, static _ => true);
            register.Invoke(null, [typeof(Plotly.NET.GenericChart), bridge.CreateDelegate(delegateType), mime]);
        }

        setPreferred?.Invoke(null, [typeof(Plotly.NET.GenericChart), ChartFormatter.MimeTypes.ToArray()]);

        var table = new TableBridge();
        register.Invoke(null, [typeof(IEnumerable), table.CreateDelegate(delegateType), "text/html"]);
        return true;
    }

#pragma warning disable CA2255 // Registering with the notebook host when VirtLab loads is the point: a cell never has to call it.
    [ModuleInitializer]
    internal static void OnLoad()
    {
        BindFSharpCoreToHost();
        Register();
    }

#pragma warning restore CA2255

    /// <summary>
    /// Plotly.NET is built against FSharp.Core 10.1, the real kernel carries FSharp.Core 10.0 and VirtLab ships none
    /// (a second copy would split F# types between Plotly.NET and Giraffe.ViewEngine): when a load of FSharp.Core
    /// fails, answer with the one already loaded. Only FSharp.Core is answered; every other failed load stays failed.
    /// </summary>
    private static void BindFSharpCoreToHost()
    {
        AppDomain.CurrentDomain.AssemblyResolve += static (_, args) =>
            new AssemblyName(args.Name).Name == "FSharp.Core"
                ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
                : null;
    }

    /// <summary>The <c>text/html</c> of the value's own formatter source (an attribute on its type, a base type or an
    /// interface), or null when it has none.</summary>
    private static string? OwnHtml(object value)
    {
        var type = value.GetType();
        var attribute = Enumerable.Empty<Type>()
            .Concat(BaseTypes(type))
            .Concat(type.GetInterfaces())
            .SelectMany(t => t.GetCustomAttributes(false))
            .FirstOrDefault(a => a.GetType().Name == nameof(TypeFormatterSourceAttribute));
        if (attribute?.GetType().GetProperty(nameof(TypeFormatterSourceAttribute.FormatterSourceType))?.GetValue(attribute) is not Type sourceType
            || Activator.CreateInstance(sourceType, nonPublic: true) is not { } source
            || sourceType.GetMethod("CreateTypeFormatters")?.Invoke(source, null) is not IEnumerable formatters)
        {
            return null;
        }

        foreach (var item in formatters)
        {
            if (item.GetType().GetProperty("MimeType")?.GetValue(item) as string != "text/html")
            {
                continue;
            }

            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            if (item.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])?.Invoke(item, [value, writer]) is true)
            {
                return writer.ToString();
            }
        }

        return null;
    }

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            yield return t;
        }
    }

    private static TextWriter WriterOf(object context) =>
        (TextWriter)context.GetType().GetProperty("Writer")!.GetValue(context)!;

    /// <summary>Adapts a convention formatter (<c>bool Format(object, TextWriter)</c>) to <c>FormatDelegate&lt;object&gt;</c>.</summary>
    private sealed class Bridge(object formatter, Func<object, bool> accepts)
    {
        private readonly MethodInfo _format = formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!;

        public Delegate CreateDelegate(Type delegateType) =>
            Delegate.CreateDelegate(delegateType, this, typeof(Bridge).GetMethod(nameof(Format), BindingFlags.Public | BindingFlags.Instance)!);

        public bool Format(object value, object context) =>
            accepts(value) && (bool)_format.Invoke(formatter, [value, WriterOf(context)])!;
    }

    /// <summary>The <see cref="SequenceTable"/> as <c>FormatDelegate&lt;object&gt;</c>.</summary>
    private sealed class TableBridge
    {
        public Delegate CreateDelegate(Type delegateType) =>
            Delegate.CreateDelegate(delegateType, this, typeof(TableBridge).GetMethod(nameof(Format), BindingFlags.Public | BindingFlags.Instance)!);

        public bool Format(object value, object context)
        {
            // Declining (returning false) leaves the kernel's output empty, so every sequence is written here:
            // a type's own formatter source first, then the table, else the plain text the kernel would show.
            var writer = WriterOf(context);
            if (value is null)
            {
                return false;
            }

            if (OwnHtml(value) is { } own)
            {
                writer.Write(own);
            }
            else if (SequenceTable.TryRender(value, out var html, out _))
            {
                writer.Write(html);
            }
            else
            {
                writer.Write("<div class=\"dni-plaintext\"><pre>");
                writer.Write(System.Net.WebUtility.HtmlEncode(SequenceTable.PlainText(value)));
                writer.Write("</pre></div>");
            }

            return true;
        }
    }
}
