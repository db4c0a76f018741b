using System.CommandLine;
using Spectre.Console;
using Docker.DotNet;
using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.Cli.Commands;

/// <summary><c>virtlab lab build</c>: builds the lab image from the host's static busybox.</summary>
internal static class LabCommand
{
    public static Command Create()
    {
        var force = new Option<bool>("--force") { Description = "Rebuild even if the image is present." };
        var build = new Command("build", $"Build the lab image {LabImage.Name} (FROM scratch + static busybox) unless it is present.") { force };
        build.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                using var client = await DockerConnection.ConnectAsync(cancellationToken: cancellationToken);
                if (!parse.GetValue(force) && await LabImage.ExistsAsync(client, cancellationToken))
                {
                    AnsiConsole.MarkupLine($"    [green]present[/]: {LabImage.Name}");
                    return 0;
                }

                string? id = null;
                if (AnsiConsole.Profile.Capabilities.Interactive)
                {
                    await AnsiConsole.Status().StartAsync($"Building {LabImage.Name}", async context =>
                    {
                        var progress = new Progress<string>(line => context.Status(Markup.Escape(line.Length > 70 ? line[..70] : line)));
                        id = await LabImage.BuildAsync(client, progress, cancellationToken);
                    });
                }
                else
                {
                    // A log gets each build step once, in order (Progress<T> would post them to the thread pool).
                    AnsiConsole.WriteLine($"    building {LabImage.Name}");
                    id = await LabImage.BuildAsync(client, new StepLines(line => AnsiConsole.WriteLine("      " + line)), cancellationToken);
                }

                AnsiConsole.MarkupLine($"    [green]built[/]: {LabImage.Name} ({Markup.Escape(id ?? "?")})");
                return 0;
            }
            catch (Exception ex) when (ex is DockerUnreachableException or DockerApiException or NotSupportedException or InvalidOperationException or FileNotFoundException)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(DockerErrors.Explain(ex))}");
                return 1;
            }
        });
        return new Command("lab", "Manage the lab image.") { build };
    }

    /// <summary>Writes the build's "Step n/m" lines synchronously and drops the rest of the engine's chatter.</summary>
    private sealed class StepLines(Action<string> write) : IProgress<string>
    {
        public void Report(string value)
        {
            var line = value.Trim();
            if (line.StartsWith("Step ", StringComparison.Ordinal))
            {
                write(line);
            }
        }
    }
}
