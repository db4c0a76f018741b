using System.Reflection;
using VirtLab.Allocation;
using VirtLab.Display;

namespace VirtLab.Tests.Allocation;

public sealed class AllocationDisplayTests
{
    private static IEnumerable<Type> AllocationResults =>
        typeof(Allocate).Assembly.GetExportedTypes()
            .Where(t => t.Namespace?.StartsWith("VirtLab.Allocation", StringComparison.Ordinal) == true && typeof(IHtmlRenderable).IsAssignableFrom(t));

    [Fact]
    public void Every_html_renderable_result_is_registered_with_the_formatter_convention()
    {
        var results = AllocationResults.ToArray();
        Assert.True(results.Length >= 10, $"only {results.Length} result types found");
        foreach (var type in results)
        {
            var attribute = type.GetCustomAttribute<TypeFormatterSourceAttribute>();
            Assert.True(attribute?.FormatterSourceType == typeof(HtmlFormatterSource), $"{type.Name} lacks [TypeFormatterSource(typeof(HtmlFormatterSource))]");
        }
    }

    [Fact]
    public void Html_escapes_names()
    {
        var html = Allocate.Entitlement(100, ResourceNode.Vm("<b>vm</b>", 1)).ToHtml();
        Assert.Contains("&lt;b&gt;vm&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>vm", html);
    }
}
