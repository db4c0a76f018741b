namespace VirtLab.Containers.Lab;

/// <summary>A container a <see cref="LabSession"/> started: its id, name and published ports.</summary>
/// <param name="Id">Container id.</param>
/// <param name="Name">Container name.</param>
/// <param name="Ports">Container TCP port to the host port the engine bound on 127.0.0.1.</param>
public sealed record LabContainer(string Id, string Name, IReadOnlyDictionary<int, int> Ports)
{
    /// <summary>The URL of a published HTTP port, e.g. <c>http://127.0.0.1:32768/</c>.</summary>
    /// <exception cref="KeyNotFoundException">The port is not published.</exception>
    public Uri Url(int containerPort = 80) =>
        Ports.TryGetValue(containerPort, out var hostPort)
            ? new Uri($"http://127.0.0.1:{hostPort}/")
            : throw new KeyNotFoundException($"Container '{Name}' does not publish port {containerPort}; add it to LabContainerOptions.Ports.");

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id[..Math.Min(12, Id.Length)]})";
}
