using System.CommandLine;

namespace VirtLab.Cli;

/// <summary>The <c>virtlab</c> command.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static Task<int> Main(string[] args) => RunAsync(args);

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
