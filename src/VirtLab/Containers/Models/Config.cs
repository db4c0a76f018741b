namespace VirtLab.Containers.Models;

/// <summary>Container configuration that does not depend on the host (the body of <c>POST /containers/create</c>).</summary>
public class Config
{
    /// <summary>Image to run, e.g. <c>virtlab/lab:latest</c>.</summary>
    public string? Image { get; set; }

    /// <summary>Command and arguments (<c>docker run IMAGE CMD…</c>).</summary>
    public IList<string>? Cmd { get; set; }

    /// <summary>Entrypoint override.</summary>
    public IList<string>? Entrypoint { get; set; }

    /// <summary>Environment as <c>NAME=value</c>.</summary>
    public IList<string>? Env { get; set; }

    /// <summary>Labels; VirtLab adds <c>virtlab.owner</c>.</summary>
    public IDictionary<string, string>? Labels { get; set; }

    /// <summary>Allocate a pseudo-terminal (output is then not multiplexed).</summary>
    public bool? Tty { get; set; }

    /// <summary>Keep stdin open.</summary>
    public bool? OpenStdin { get; set; }

    /// <summary>Working directory inside the container.</summary>
    public string? WorkingDir { get; set; }

    /// <summary>User (name or uid[:gid]).</summary>
    public string? User { get; set; }

    /// <summary>Hostname of the container.</summary>
    public string? Hostname { get; set; }

    /// <summary>Ports to expose, e.g. <c>{"80/tcp": {}}</c>; needed for port bindings.</summary>
    public IDictionary<string, EmptyStruct>? ExposedPorts { get; set; }

    /// <summary>Signal that stops the container (default SIGTERM).</summary>
    public string? StopSignal { get; set; }

    /// <summary>Seconds to wait after the stop signal before SIGKILL.</summary>
    public int? StopTimeout { get; set; }

    /// <summary>Health check run by the engine.</summary>
    public HealthConfig? Healthcheck { get; set; }
}
