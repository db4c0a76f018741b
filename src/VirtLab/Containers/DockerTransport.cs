namespace VirtLab.Containers;

/// <summary>How the client reaches the engine.</summary>
public enum DockerTransport
{
    /// <summary>A Unix domain socket (<c>unix://</c>).</summary>
    UnixSocket,

    /// <summary>A Windows named pipe (<c>npipe://</c>).</summary>
    NamedPipe,

    /// <summary>Plain HTTP over TCP (<c>tcp://</c>).</summary>
    Tcp,
}
