namespace VirtLab.Machines;

/// <summary>What a command run in the guest through the serial console printed.</summary>
/// <param name="Command">The command line.</param>
/// <param name="Output">Its standard output and error, with LF line endings.</param>
/// <param name="ExitCode">The shell's <c>$?</c> after the command.</param>
/// <param name="Elapsed">Time from typing the command to reading its end marker.</param>
public sealed record GuestCommandResult(string Command, string Output, int ExitCode, TimeSpan Elapsed)
{
    /// <summary>The output, or the output plus the exit code when it is not 0.</summary>
    public override string ToString() => ExitCode == 0 ? Output.TrimEnd('\n') : $"{Output.TrimEnd('\n')}\n(exit code {ExitCode})";
}
