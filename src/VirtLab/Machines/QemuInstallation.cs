using System.Diagnostics;

namespace VirtLab.Machines;

/// <summary>Where the QEMU programs live on this host (<c>qemu-system-x86_64</c> and <c>qemu-img</c>).</summary>
/// <param name="SystemEmulatorPath">Full path of <c>qemu-system-x86_64</c>.</param>
/// <param name="ImageToolPath">Full path of <c>qemu-img</c>.</param>
/// <remarks>
/// Resolution order: the environment variables <c>VIRTLAB_QEMU</c> and <c>VIRTLAB_QEMU_IMG</c>, then each
/// directory of <c>PATH</c>, then <c>/usr/bin</c> and <c>/usr/local/bin</c>. On Debian and Ubuntu the packages are
/// <c>qemu-system-x86</c> and <c>qemu-utils</c>.
/// </remarks>
public sealed record QemuInstallation(string SystemEmulatorPath, string ImageToolPath)
{
    /// <summary>The apt command that installs everything the Machines namespace needs.</summary>
    public const string InstallCommand =
        "apt-get install -y --no-install-recommends qemu-system-x86 qemu-utils linux-image-amd64 busybox-static";

    private static readonly Lazy<QemuInstallation> Cached = new(FindUncached);

    /// <summary>Finds both programs (cached for the process).</summary>
    /// <exception cref="QemuNotFoundException">A program is missing; the message gives the apt command.</exception>
    public static QemuInstallation Find() => Cached.Value;

    /// <summary>True when both programs are present, without throwing.</summary>
    public static bool IsInstalled()
    {
        try
        {
            Find();
            return true;
        }
        catch (QemuNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Runs <c>qemu-system-x86_64 --version</c> and returns its first line.</summary>
    /// <param name="timeout">How long to wait for the program. Default 10 s.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<string> GetVersionAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var output = await ProcessRunner.RunAsync(SystemEmulatorPath, ["--version"], timeout ?? TimeSpan.FromSeconds(10),
            cancellationToken).ConfigureAwait(false);
        return output.Split('\n', 2)[0].Trim();
    }

    private static QemuInstallation FindUncached()
    {
        var system = Locate("VIRTLAB_QEMU", "qemu-system-x86_64", "qemu-system-x86");
        var image = Locate("VIRTLAB_QEMU_IMG", "qemu-img", "qemu-utils");
        return new QemuInstallation(system, image);
    }

    private static string Locate(string variable, string program, string package)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            if (File.Exists(fromEnvironment))
            {
                return fromEnvironment;
            }
            throw new QemuNotFoundException(
                $"{variable} points to '{fromEnvironment}', which does not exist: fix or unset {variable}.");
        }
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Concat(["/usr/bin", "/usr/local/bin"]);
        foreach (var directory in directories.Where(d => d.Length > 0))
        {
            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new QemuNotFoundException(
            $"{program} not found: install it with apt-get install {package} (everything VirtLab machines need: {InstallCommand}).");
    }
}
