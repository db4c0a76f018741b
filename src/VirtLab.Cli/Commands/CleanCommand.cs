using System.CommandLine;
using Spectre.Console;
using Docker.DotNet;
using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.Cli.Commands;

/// <summary><c>virtlab clean</c>: removes VirtLab-labelled leftovers of crashed sessions, and nothing else.</summary>
internal static class CleanCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Also remove what sessions that are still running created (an open notebook, a test run)." };
        var command = new Command("clean", "Remove the containers, images, networks and volumes labelled virtlab.owner that sessions which died left behind (the lab image stays; --all: of running sessions too), and QEMU machines of sessions that died. Never touches anything else.")
        {
            all,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var failed = false;
            try
            {
                using var client = await DockerConnection.ConnectAsync(cancellationToken: cancellationToken);
                var report = await LabCleanup.RemoveAsync(client, cancellationToken: cancellationToken, keepLiveSessions: !parse.GetValue(all));
                AnsiConsole.MarkupLine($"[green]Docker:[/] {Markup.Escape(report.ToString())}");
                foreach (var name in report.Containers.Concat(report.Images).Concat(report.Networks).Concat(report.Volumes))
                {
                    AnsiConsole.MarkupLine($"  - {Markup.Escape(name)}");
                }

                if (report.Kept.Count > 0)
                {
                    AnsiConsole.MarkupLine($"  kept (their session is still running; 'virtlab clean --all' removes them too): {Markup.Escape(string.Join(", ", report.Kept))}");
                }
            }
            catch (DockerUnreachableException ex)
            {
                AnsiConsole.MarkupLine($"[yellow]Docker:[/] skipped, {Markup.Escape(ex.Message)}");
            }
            catch (Exception ex) when (ex is DockerApiException or NotSupportedException)
            {
                AnsiConsole.MarkupLine($"[red]Docker:[/] {Markup.Escape(DockerErrors.Explain(ex))}");
                failed = true;
            }

            try
            {
                var machines = VirtLab.Machines.MachineJanitor.KillLeftovers(includeLiveSessions: false);
                AnsiConsole.MarkupLine($"[green]QEMU:[/] {Markup.Escape(machines.ToString())}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                AnsiConsole.MarkupLine($"[red]QEMU:[/] {Markup.Escape(ex.Message)}");
                failed = true;
            }

            return failed ? 1 : 0;
        });
        return command;
    }
}
