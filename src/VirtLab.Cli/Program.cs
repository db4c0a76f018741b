using System.CommandLine;
using VirtLab.Cli;

var root = new RootCommand("VirtLab: an interactive course on virtualization. Run the notebooks, check the environment, simulate, grade.");
foreach (var command in CommandCatalog.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
