using VirtLab.Display;

namespace VirtLab.Tests.Display;

public sealed class SequenceTableTests
{
    public sealed class TheTryRenderMethod
    {
        [Fact]
        public void Should_Render_An_Anonymous_Projection_As_One_Column_Per_Property()
        {
            var rows = new[] { new { Name = "a<b", Cpu = 0.5 }, new { Name = "c", Cpu = 1.25 } };

            Assert.True(SequenceTable.TryRender(rows, out var html, out var plain));

            Assert.Equal("<table><thead><tr><th><i>index</i></th><th>Name</th><th>Cpu</th></tr></thead><tbody>"
                + "<tr><td>0</td><td>a&lt;b</td><td>0.5</td></tr><tr><td>1</td><td>c</td><td>1.25</td></tr></tbody></table>", html);
            Assert.Equal("{ Name = a<b, Cpu = 0.5 }\n{ Name = c, Cpu = 1.25 }", plain);
        }

        [Fact]
        public void Should_Decline_Scalars_Strings_Nested_Sequences_And_Empty_Ones()
        {
            Assert.False(SequenceTable.TryRender(new[] { 1, 2, 3 }, out _, out _));
            Assert.False(SequenceTable.TryRender("text", out _, out _));
            Assert.False(SequenceTable.TryRender(new[] { new[] { 1 }, new[] { 2 } }, out _, out _));
            Assert.False(SequenceTable.TryRender(Array.Empty<object>(), out _, out _));
            Assert.Equal("[ 1, 2, 3 ]", SequenceTable.PlainText(new[] { 1, 2, 3 }));
        }

        [Fact]
        public void Should_Show_At_Most_The_Row_Limit()
        {
            var rows = Enumerable.Range(0, SequenceTable.RowLimit + 5).Select(i => new { I = i });

            Assert.True(SequenceTable.TryRender(rows, out var html, out _));

            Assert.Equal(SequenceTable.RowLimit, html.Split("<tr><td>").Length - 1);
            Assert.EndsWith("<p>(more rows not shown)</p>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Kernel_Registration_Does_Nothing_Outside_The_Real_Kernel()
    {
        Assert.False(KernelFormatters.Register());
        Assert.False(KernelFormatters.IsRegistered);
    }
}
