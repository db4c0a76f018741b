namespace VirtLab.Containers.Models;

/// <summary>A tar stream of a path in a container, with the path's file information.</summary>
public sealed class GetArchiveFromContainerResponse : IDisposable
{
    /// <summary>Creates the response.</summary>
    public GetArchiveFromContainerResponse(ContainerPathStatResponse? stat, Stream stream)
    {
        Stat = stat;
        Stream = stream;
    }

    /// <summary>File information of the path.</summary>
    public ContainerPathStatResponse? Stat { get; }

    /// <summary>An uncompressed tar of the path.</summary>
    public Stream Stream { get; }

    /// <inheritdoc />
    public void Dispose() => Stream.Dispose();
}
