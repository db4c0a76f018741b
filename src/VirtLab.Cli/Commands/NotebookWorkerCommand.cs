using System.CommandLine;
using VirtLab.Notebooks.Execution;

namespace VirtLab.Cli.Commands;

/// <summary><c>virtlab notebook-worker SOCKET</c> (hidden): the process in which <c>virtlab run</c> runs one notebook.</summary>
internal static class NotebookWorkerCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var socket = new Argument<string>("socket") { Description = "Unix domain socket of the runner." };
        var command = new Command("notebook-worker", "Runs the cells of one notebook for 'virtlab run' (internal).") { Hidden = true };
        command.Arguments.Add(socket);
        command.SetAction((parse, _) => NotebookWorker.RunAsync(parse.GetValue(socket)!));
        return command;
    }
}
