using System.Text;
using VirtLab.Machines.Guest;

namespace VirtLab.Tests.Machines.Guest;

public sealed class GuestImageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("virtlab-guest-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_archive_holds_init_busybox_the_module_list_and_each_module_under_its_folder()
    {
        var busybox = Path.Combine(_root, "busybox");
        await File.WriteAllTextAsync(busybox, "fake busybox");
        var modules = Path.Combine(_root, "modules");
        Directory.CreateDirectory(Path.Combine(modules, "kernel/drivers/virtio"));
        await File.WriteAllTextAsync(Path.Combine(modules, "kernel/drivers/virtio/virtio.ko"), "ko1");
        await File.WriteAllTextAsync(Path.Combine(modules, "kernel/drivers/virtio/virtio_balloon.ko"), "ko2");
        string[] order = ["kernel/drivers/virtio/virtio.ko", "kernel/drivers/virtio/virtio_balloon.ko"];

        var stream = new MemoryStream();
        await GuestImage.WriteArchiveAsync(stream, busybox, modules, order, CancellationToken.None);
        var entries = ReadNames(stream.ToArray());

        Assert.Equal(0x81ED, entries["init"].Mode);            // regular file, 0755: the kernel runs /init
        Assert.StartsWith("#!/bin/busybox sh\n", entries["init"].Data);
        Assert.Contains(GuestInitScript.ReadyMarker, entries["init"].Data);
        Assert.DoesNotContain("\r", entries["init"].Data);
        Assert.Equal("fake busybox", entries["bin/busybox"].Data);
        Assert.Equal(0x2180, entries["dev/console"].Mode);      // char device 5,1 so init has a console
        Assert.Equal(string.Join('\n', order) + "\n", entries[GuestInitScript.ModuleListPath].Data);
        Assert.Equal("ko2", entries["lib/modules/kernel/drivers/virtio/virtio_balloon.ko"].Data);
        foreach (var folder in new[] { "lib/modules/kernel", "lib/modules/kernel/drivers", "lib/modules/kernel/drivers/virtio", "proc", "sys", "tmp" })
        {
            Assert.Equal(0x41ED, entries[folder].Mode);
        }
    }

    private static Dictionary<string, (int Mode, string Data)> ReadNames(byte[] archive)
    {
        var entries = new Dictionary<string, (int, string)>();
        var offset = 0;
        while (true)
        {
            var header = Encoding.ASCII.GetString(archive, offset, 110);
            int Field(int index) => Convert.ToInt32(header.Substring(6 + index * 8, 8), 16);
            var name = Encoding.ASCII.GetString(archive, offset + 110, Field(11) - 1);
            var dataStart = (offset + 110 + Field(11) + 3) & ~3;
            entries[name] = (Field(1), Encoding.ASCII.GetString(archive, dataStart, Field(6)));
            offset = (dataStart + Field(6) + 3) & ~3;
            if (name == "TRAILER!!!")
            {
                return entries;
            }
        }
    }
}
