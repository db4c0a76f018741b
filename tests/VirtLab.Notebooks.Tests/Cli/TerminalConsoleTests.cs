using Spectre.Console;
using VirtLab.Cli;

namespace VirtLab.Notebooks.Tests.Cli;

public sealed class TerminalConsoleTests
{
    [Theory]
    [InlineData(true, "xterm-256color", null)]    // piped into a CI log
    [InlineData(false, "dumb", null)]
    public void Without_a_real_terminal_output_is_plain_lines(bool redirected, string term, string? noColor)
    {
        var text = new StringWriter();
        var console = TerminalConsole.Create(redirected, term, noColor, columns: null, text);

        console.MarkupLine("[green]built[/]: virtlab/lab");

        Assert.Equal("built: virtlab/lab" + Environment.NewLine, text.ToString());
        Assert.False(console.Profile.Capabilities.Interactive);
        Assert.False(console.Profile.Capabilities.Ansi);
    }

    [Fact]
    public void No_color_drops_colours()
    {
        var console = TerminalConsole.Create(redirected: false, "xterm-256color", noColor: "1", columns: null, new StringWriter());

        Assert.Equal(ColorSystem.NoColors, console.Profile.Capabilities.ColorSystem);
    }

    [Theory]
    [InlineData(null, TerminalConsole.LogWidth)]
    [InlineData("220", 220)]
    [InlineData("junk", TerminalConsole.LogWidth)]
    public void A_log_is_wide_enough_for_the_summary_tables(string? columns, int width)
    {
        var console = TerminalConsole.Create(redirected: true, "xterm", null, columns, new StringWriter());

        Assert.Equal(width, console.Profile.Width);
    }
}
