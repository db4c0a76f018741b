namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /containers/{id}/exec</c> (<c>docker exec</c>).</summary>
public class ContainerExecCreateParameters
{
    /// <summary>Command and arguments.</summary>
    public IList<string> Cmd { get; set; } = new List<string>();

    /// <summary>Capture stdout.</summary>
    public bool AttachStdout { get; set; } = true;

    /// <summary>Capture stderr.</summary>
    public bool AttachStderr { get; set; } = true;

    /// <summary>Allocate a pseudo-terminal.</summary>
    public bool Tty { get; set; }

    /// <summary>Extra environment.</summary>
    public IList<string>? Env { get; set; }

    /// <summary>Working directory.</summary>
    public string? WorkingDir { get; set; }

    /// <summary>User to run as.</summary>
    public string? User { get; set; }

    /// <summary>Run privileged.</summary>
    public bool Privileged { get; set; }
}
