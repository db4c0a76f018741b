using System.CommandLine;
using VirtLab.Cli;
using VirtLab.Notebooks.Execution;

// The notebook worker starts before any command is built: it runs without the VirtLab library on its
// trusted list (see WorkerLauncher), so nothing here may touch VirtLab types.
if (args is ["notebook-worker", var socket])
{
    return await NotebookWorker.RunAsync(socket);
}

var root = new RootCommand("VirtLab: an interactive course on virtualization. Run the notebooks, check the environment, simulate, grade.");
foreach (var command in CommandCatalog.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
