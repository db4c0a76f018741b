using System.Formats.Tar;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Platform;

namespace VirtLab.Containers.Lab;

/// <summary>
/// The course's container image, <c>virtlab/lab:latest</c>: <c>FROM scratch</c> plus a static busybox
/// (sh, httpd, nc, wget, dd, sleep, …, about 1-2 MB), built locally because no registry is assumed.
/// </summary>
public static class LabImage
{
    /// <summary>The image name.</summary>
    public const string Name = "virtlab/lab:latest";

    /// <summary>Where a static busybox is looked for; <c>VIRTLAB_BUSYBOX</c> overrides.</summary>
    public static readonly IReadOnlyList<string> BusyboxCandidates = ["/bin/busybox", "/usr/bin/busybox", "/usr/local/bin/busybox"];

    internal const string Dockerfile = """
        FROM scratch
        COPY busybox /bin/busybox
        RUN ["/bin/busybox", "--install", "-s", "/bin"]
        RUN ["/bin/busybox", "mkdir", "-p", "/tmp", "/www", "/data", "/etc", "/root"]
        RUN ["/bin/busybox", "chmod", "1777", "/tmp"]
        RUN ["/bin/busybox", "sh", "-c", "echo 'root:x:0:0:root:/root:/bin/sh' > /etc/passwd && echo 'root:x:0:' > /etc/group"]
        ENV PATH=/bin
        LABEL virtlab.owner="virtlab" virtlab.role="lab-image"
        CMD ["sh"]
        """;

    /// <summary>Whether the image is present on the engine.</summary>
    public static async Task<bool> ExistsAsync(IDockerClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            await client.Images.InspectImageAsync(Name, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DockerImageNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Builds the image unless it is present.</summary>
    /// <returns><see langword="true"/> if it was built now.</returns>
    /// <exception cref="FileNotFoundException">No static busybox on this machine (the message says how to get one).</exception>
    public static async Task<bool> EnsureAsync(IDockerClient client, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (await ExistsAsync(client, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await BuildAsync(client, progress, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Builds (or rebuilds) the image from the host's static busybox.</summary>
    /// <returns>The image id.</returns>
    public static async Task<string> BuildAsync(IDockerClient client, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var busybox = FindStaticBusybox();
        progress?.Report($"Building {Name} from {busybox}");
        using var context = new MemoryStream();
        await using (var tar = new TarWriter(context, TarEntryFormat.Pax, leaveOpen: true))
        {
            var dockerfile = new PaxTarEntry(TarEntryType.RegularFile, "Dockerfile")
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Dockerfile)),
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
            };
            await tar.WriteEntryAsync(dockerfile, cancellationToken).ConfigureAwait(false);
            await using var binary = File.OpenRead(busybox);
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "busybox")
            {
                DataStream = binary,
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
            };
            await tar.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        context.Position = 0;
        var build = new EngineMessages(progress);
        await client.Images.BuildImageFromDockerfileAsync(
            new ImageBuildParameters { Tags = [Name], Remove = true, ForceRemove = true },
            context,
            authConfigs: null,
            headers: null,
            build,
            cancellationToken).ConfigureAwait(false);

        // A failed build still answers HTTP 200: the error is one of the streamed messages, and Docker.DotNet does not throw it.
        if (build.Error is { } error)
        {
            throw new InvalidOperationException($"Building {Name} failed: {error}");
        }

        var image = await client.Images.InspectImageAsync(Name, cancellationToken).ConfigureAwait(false);
        return image.ID;
    }

    /// <summary>Finds a statically linked busybox on this machine.</summary>
    /// <exception cref="FileNotFoundException">None found; the message says how to install one.</exception>
    public static string FindStaticBusybox()
    {
        var overridePath = Environment.GetEnvironmentVariable("VIRTLAB_BUSYBOX");
        var candidates = string.IsNullOrWhiteSpace(overridePath) ? BusyboxCandidates : [overridePath];
        foreach (var path in candidates)
        {
            if (File.Exists(path) && ElfInspector.IsStaticExecutable(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(
            "No statically linked busybox found (looked at " + string.Join(", ", candidates) + "). "
            + "Install one with 'apt-get install busybox-static' (Debian/Ubuntu), or set VIRTLAB_BUSYBOX to its path.");
    }
}
