using System.CommandLine;
using Spectre.Console;
using VirtLab.Setup;

namespace VirtLab.Cli.Commands;

/// <summary><c>virtlab check</c>: the environment doctor, one line per requirement with the fix for each failure.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Check the environment: .NET, the Docker engine, the lab image, and the optional tools later notebooks use.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var results = await EnvironmentCheck.RunAsync(cancellationToken: cancellationToken);
            foreach (var r in results)
            {
                var mark = r.Ok ? "[green]✓[/]" : r.Required ? "[red]✗[/]" : "[yellow]✗[/]";
                var line = $"{mark} {Markup.Escape(r.Name)}: {Markup.Escape(r.Detail)}";
                if (!r.Ok && r.Fix is not null)
                {
                    line += $" [grey]→ fix:[/] {Markup.Escape(r.Fix)}";
                }

                AnsiConsole.MarkupLine(line);
            }

            var missing = results.Where(r => r.Required && !r.Ok).ToList();
            AnsiConsole.MarkupLine(missing.Count == 0
                ? "[green]Ready:[/] the course can run."
                : $"[red]Not ready:[/] {missing.Count} required item(s) missing.");
            return missing.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
