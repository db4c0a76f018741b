using System.CommandLine;
using VirtLab.Cli.Commands;

namespace VirtLab.Cli;

/// <summary>Every subcommand of <c>virtlab</c>, one factory per file under <c>Commands/</c>.</summary>
internal static class CommandCatalog
{
    /// <summary>Creates the subcommands in the order <c>virtlab --help</c> lists them.</summary>
    public static IEnumerable<Command> Create()
    {
        yield return CheckCommand.Create();
        yield return LabCommand.Create();
        yield return CleanCommand.Create();
        yield return RunCommand.Create();
        yield return NotebookWorkerCommand.Create();
        yield return SimulateCommand.Create();
        yield return AssignCommand.Create();
        yield return GradeCommand.Create();
    }
}
