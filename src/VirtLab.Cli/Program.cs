using System.CommandLine;
using VirtLab.Notebooks.Execution;

namespace VirtLab.Cli;

/// <summary>The <c>virtlab</c> command.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        // The notebook worker starts before any command is built: it runs without the VirtLab library on its
        // trusted list (see WorkerLauncher), so nothing on this path may touch VirtLab library types.
        if (args is ["notebook-worker", var socket])
        {
            return await NotebookWorker.RunAsync(socket).ConfigureAwait(false);
        }

        if (args is ["simulate", ..])
        {
            // Start-up is part of the simulator's speed (OSTEP's Python answers in ~0.1 s): build only this command
            // and skip the terminal set-up the other commands need.
            return new RootCommand { Commands.SimulateCommand.Create() }.Parse(args).Invoke();
        }

        Spectre.Console.AnsiConsole.Console = TerminalConsole.Create();
        return await RunAsync(args).ConfigureAwait(false);
    }

    /// <summary>Parses and runs a command line (also used by tests, in process).</summary>
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("VirtLab: an interactive course on virtualization. Run the notebooks, check the environment, simulate, grade.");
        foreach (var command in CommandCatalog.Create())
        {
            root.Subcommands.Add(command);
        }

        return root.Parse(args).InvokeAsync();
    }
}
