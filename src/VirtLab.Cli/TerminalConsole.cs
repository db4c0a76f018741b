using Spectre.Console;

namespace VirtLab.Cli;

/// <summary>
/// The console every command writes to: colours, spinners and live status only in a real terminal. Piped into a
/// CI log (stdout redirected), with <c>TERM=dumb</c>, or with <c>NO_COLOR</c> set (https://no-color.org), output is
/// plain lines that read well in a file.
/// </summary>
internal static class TerminalConsole
{
    /// <summary>Width used when stdout is not a terminal, so tables do not wrap at Spectre's default 80 columns.</summary>
    public const int LogWidth = 160;

    /// <summary>Creates the console for this process from its environment.</summary>
    public static IAnsiConsole Create() => Create(
        Console.IsOutputRedirected,
        Environment.GetEnvironmentVariable("TERM"),
        Environment.GetEnvironmentVariable("NO_COLOR"),
        Environment.GetEnvironmentVariable("COLUMNS"),
        Console.Out);

    /// <summary>Creates a console for the given environment (tests pass their own values and writer).</summary>
    internal static IAnsiConsole Create(bool redirected, string? term, string? noColor, string? columns, TextWriter output)
    {
        var dumb = string.Equals(term, "dumb", StringComparison.Ordinal);
        var plain = redirected || dumb;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain || !string.IsNullOrEmpty(noColor) ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        });
        if (redirected)
        {
            console.Profile.Width = int.TryParse(columns, out var width) && width >= 40 ? width : LogWidth;
        }

        return console;
    }
}
