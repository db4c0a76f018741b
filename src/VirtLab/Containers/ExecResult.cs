namespace VirtLab.Containers;

/// <summary>What a command run inside a container left behind: its output and its exit code (<see cref="DockerExec.RunAsync"/>).</summary>
public sealed class ExecResult
{
    /// <summary>Standard output.</summary>
    public string Stdout { get; init; } = string.Empty;

    /// <summary>Standard error.</summary>
    public string Stderr { get; init; } = string.Empty;

    /// <summary>Exit code (0 = success).</summary>
    public long ExitCode { get; init; }

    /// <summary>Standard output, then standard error if any.</summary>
    public override string ToString() => Stderr.Length == 0 ? Stdout : Stdout + Stderr;
}
