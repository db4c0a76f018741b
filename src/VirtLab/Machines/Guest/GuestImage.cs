using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using VirtLab.Platform;

namespace VirtLab.Machines.Guest;

/// <summary>A bootable guest: the distribution's kernel plus an initramfs that VirtLab built (busybox, modules, init).</summary>
/// <param name="KernelPath">The kernel, e.g. <c>/boot/vmlinuz-6.1.0-26-amd64</c>.</param>
/// <param name="KernelRelease">Its release string (<c>uname -r</c>), e.g. <c>6.1.0-26-amd64</c>.</param>
/// <param name="InitramfsPath">The gzip-compressed newc cpio archive VirtLab wrote.</param>
/// <param name="Modules">Module files put into the initramfs and loaded by init, in load order.</param>
/// <param name="InitramfsBytes">Size of the initramfs file.</param>
public sealed record GuestImage(string KernelPath, string KernelRelease, string InitramfsPath,
    IReadOnlyList<string> Modules, long InitramfsBytes)
{
    /// <summary>Modules the guest wants: virtio_pci + virtio_balloon (balloon), button + evdev (ACPI power button).</summary>
    public static readonly IReadOnlyList<string> WantedModules = ["virtio_pci", "virtio_balloon", "button", "evdev"];

    /// <summary>One line for a notebook cell.</summary>
    public override string ToString() =>
        $"GuestImage(kernel {KernelRelease}, initramfs {InitramfsBytes / 1024} KiB, modules: {string.Join(", ", Modules.Select(KernelModules.NameOf))})";

    /// <summary>Finds the newest <c>/boot/vmlinuz-*</c>, a static busybox and the kernel's modules, and builds (or reuses) the initramfs.</summary>
    /// <param name="kernelPath">A kernel to use instead of the newest one in /boot (also from <c>VIRTLAB_KERNEL</c>).</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <exception cref="QemuNotFoundException">No kernel, no modules or no static busybox; the message says what to install.</exception>
    /// <remarks>The archive is cached in the VirtLab state directory under a name that hashes its inputs.</remarks>
    public static async Task<GuestImage> BuildAsync(string? kernelPath = null, CancellationToken cancellationToken = default)
    {
        kernelPath ??= Environment.GetEnvironmentVariable("VIRTLAB_KERNEL") ?? FindNewestKernel();
        if (!File.Exists(kernelPath))
        {
            throw new QemuNotFoundException($"Kernel '{kernelPath}' not found: install one with apt-get install linux-image-amd64.");
        }
        try
        {
            using var probe = File.OpenRead(kernelPath);
        }
        catch (UnauthorizedAccessException)
        {
            throw new QemuNotFoundException(
                $"Kernel '{kernelPath}' is not readable by this user (Ubuntu installs kernels with mode 0600): " +
                $"run sudo chmod 0644 {kernelPath}, or copy it somewhere readable and set VIRTLAB_KERNEL.");
        }
        var release = Path.GetFileName(kernelPath).Replace("vmlinuz-", "", StringComparison.Ordinal);
        var modulesDirectory = Path.Combine("/lib/modules", release);
        var modules = KernelModules.Load(modulesDirectory);
        var wanted = WantedModules.Where(modules.Contains).ToList();
        var loadOrder = modules.ResolveLoadOrder(wanted);
        var busybox = FindStaticBusybox();

        var key = new StringBuilder()
            .Append(GuestInitScript.Text).Append('|').Append(release).Append('|')
            .Append(busybox).Append(new FileInfo(busybox).Length).Append(File.GetLastWriteTimeUtc(busybox).Ticks);
        foreach (var module in loadOrder)
        {
            key.Append('|').Append(module).Append(new FileInfo(Path.Combine(modulesDirectory, module)).Length);
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..16].ToLowerInvariant();
        var imagesDirectory = Directory.CreateDirectory(Path.Combine(MachineStateDirectory.Path, "images")).FullName;
        var target = Path.Combine(imagesDirectory, $"initramfs-{release}-{hash}.cpio.gz");
        if (!File.Exists(target))
        {
            var temporary = target + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
            await using (var file = File.Create(temporary))
            {
                await using var gzip = new GZipStream(file, CompressionLevel.Fastest);
                await WriteArchiveAsync(gzip, busybox, modulesDirectory, loadOrder, cancellationToken).ConfigureAwait(false);
            }
            File.Move(temporary, target, overwrite: true);
        }
        return new GuestImage(kernelPath, release, target, loadOrder, new FileInfo(target).Length);
    }

    /// <summary>Writes the initramfs content (uncompressed newc cpio) to <paramref name="output"/>.</summary>
    internal static async Task WriteArchiveAsync(Stream output, string busyboxPath, string modulesDirectory,
        IReadOnlyList<string> loadOrder, CancellationToken cancellationToken)
    {
        using var cpio = new CpioNewcWriter(output, leaveOpen: true);
        foreach (var directory in new[] { "bin", "dev", "etc", "lib", "lib/modules", "proc", "sys", "tmp", "root" })
        {
            cpio.AddDirectory(directory);
        }
        cpio.AddCharacterDevice("dev/console", 5, 1);
        cpio.AddFile("init", Encoding.ASCII.GetBytes(GuestInitScript.Text.Replace("\r\n", "\n")), 0b111_101_101);
        cpio.AddFile("bin/busybox", await File.ReadAllBytesAsync(busyboxPath, cancellationToken).ConfigureAwait(false), 0b111_101_101);
        cpio.AddFile(GuestInitScript.ModuleListPath, Encoding.ASCII.GetBytes(string.Join('\n', loadOrder) + "\n"));
        var madeDirectories = new HashSet<string>(StringComparer.Ordinal) { "lib/modules" };
        foreach (var module in loadOrder)
        {
            var parts = ("lib/modules/" + module).Split('/');
            for (var i = 3; i < parts.Length; i++)
            {
                var directory = string.Join('/', parts[..i]);
                if (madeDirectories.Add(directory))
                {
                    cpio.AddDirectory(directory);
                }
            }
            var bytes = await File.ReadAllBytesAsync(Path.Combine(modulesDirectory, module), cancellationToken).ConfigureAwait(false);
            cpio.AddFile("lib/modules/" + module, bytes);
        }
        cpio.Finish();
    }

    private static string FindNewestKernel()
    {
        var kernels = Directory.Exists("/boot")
            ? Directory.GetFiles("/boot", "vmlinuz-*").OrderByDescending(File.GetLastWriteTimeUtc).ToList()
            : [];
        return kernels.FirstOrDefault()
            ?? throw new QemuNotFoundException(
                "No guest kernel: /boot/vmlinuz-* is missing. Install one with apt-get install linux-image-amd64 (or set VIRTLAB_KERNEL).");
    }

    private static string FindStaticBusybox()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("VIRTLAB_BUSYBOX"), "/bin/busybox", "/usr/bin/busybox" };
        foreach (var candidate in candidates.Where(c => !string.IsNullOrEmpty(c) && File.Exists(c)))
        {
            if (ElfInspector.IsStaticExecutable(candidate!))
            {
                return candidate!;
            }
            throw new QemuNotFoundException(
                $"{candidate} is dynamically linked, so it cannot run alone in the guest: install the static one with apt-get install busybox-static.");
        }
        throw new QemuNotFoundException("busybox not found: install it with apt-get install busybox-static.");
    }
}
