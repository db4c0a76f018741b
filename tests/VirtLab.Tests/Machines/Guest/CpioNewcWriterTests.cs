using System.Text;
using VirtLab.Machines.Guest;

namespace VirtLab.Tests.Machines.Guest;

public sealed class CpioNewcWriterTests
{
    [Fact] // Layout from the kernel's Documentation/driver-api/early-userspace/buffer-format.rst
    public void A_file_entry_has_the_documented_header_name_padding_and_data_padding()
    {
        var bytes = Write(cpio => cpio.AddFile("ab", "xyz"u8, 0b110_100_100));
        var text = Encoding.ASCII.GetString(bytes);
        var expectedHeader = "070701" + "00000001" + "000081A4" + "00000000" + "00000000" + "00000001" + "00000000"
            + "00000003" + "00000000" + "00000000" + "00000000" + "00000000" + "00000003" + "00000000";
        Assert.Equal(expectedHeader, text[..110]);
        // name "ab\0" ends at 113, padded to 116; data "xyz" ends at 119, padded to 120
        Assert.Equal("ab\0\0\0\0", text[110..116]);
        Assert.Equal("xyz\0", text[116..120]);
        Assert.StartsWith("070701", text[120..]);
        Assert.Contains("TRAILER!!!", text[120..]);
        Assert.Equal(0, bytes.Length % 4);
    }

    [Fact]
    public void Entries_read_back_with_their_types_modes_and_contents()
    {
        var bytes = Write(cpio =>
        {
            cpio.AddDirectory("bin");
            cpio.AddFile("bin/tool", "#!/bin/sh\n"u8, 0b111_101_101);
            cpio.AddSymlink("bin/sh", "busybox");
            cpio.AddCharacterDevice("console", 5, 1);
        });
        var entries = Read(bytes);
        Assert.Equal(["bin", "bin/tool", "bin/sh", "console", "TRAILER!!!"], entries.Select(e => e.Name));
        Assert.Equal(0x41ED, entries[0].Mode);                  // S_IFDIR | 0755
        Assert.Equal(0x81ED, entries[1].Mode);                  // S_IFREG | 0755
        Assert.Equal("#!/bin/sh\n", entries[1].Data);
        Assert.Equal(0xA1FF, entries[2].Mode);                  // S_IFLNK | 0777
        Assert.Equal("busybox", entries[2].Data);
        Assert.Equal((0x2180, 5, 1), (entries[3].Mode, entries[3].RdevMajor, entries[3].RdevMinor)); // S_IFCHR | 0600
    }

    [Theory]
    [InlineData("/init")]
    [InlineData("a/../b")]
    [InlineData("a//b")]
    [InlineData("./a")]
    [InlineData("")]
    public void Rejects_paths_that_are_not_clean_and_relative(string path)
    {
        using var cpio = new CpioNewcWriter(new MemoryStream());
        Assert.Equal("path", Assert.ThrowsAny<ArgumentException>(() => cpio.AddFile(path, "x"u8)).ParamName);
    }

    [Fact]
    public void Rejects_duplicates_bad_permissions_and_entries_after_finish()
    {
        using var cpio = new CpioNewcWriter(new MemoryStream());
        cpio.AddFile("a", "x"u8);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => cpio.AddFile("a", "y"u8)).ParamName);
        Assert.Equal("permissions", Assert.Throws<ArgumentOutOfRangeException>(() => cpio.AddFile("b", "y"u8, 0x1000)).ParamName);
        cpio.Finish();
        Assert.Throws<InvalidOperationException>(() => cpio.AddFile("c", "z"u8));
    }

    private static byte[] Write(Action<CpioNewcWriter> build)
    {
        var stream = new MemoryStream();
        using (var cpio = new CpioNewcWriter(stream, leaveOpen: true))
        {
            build(cpio);
        }
        return stream.ToArray();
    }

    private sealed record Entry(string Name, int Mode, string Data, int RdevMajor, int RdevMinor);

    // An independent reader written from the format description, not from the writer.
    private static List<Entry> Read(byte[] archive)
    {
        var entries = new List<Entry>();
        var offset = 0;
        while (true)
        {
            var header = Encoding.ASCII.GetString(archive, offset, 110);
            Assert.Equal("070701", header[..6]);
            int Field(int index) => Convert.ToInt32(header.Substring(6 + index * 8, 8), 16);
            var nameSize = Field(11);
            var fileSize = Field(6);
            var name = Encoding.ASCII.GetString(archive, offset + 110, nameSize - 1);
            var dataStart = Align(offset + 110 + nameSize);
            var data = Encoding.ASCII.GetString(archive, dataStart, fileSize);
            entries.Add(new Entry(name, Field(1), data, Field(9), Field(10)));
            offset = Align(dataStart + fileSize);
            if (name == "TRAILER!!!")
            {
                Assert.Equal(archive.Length, offset);
                return entries;
            }
        }
    }

    private static int Align(int value) => (value + 3) & ~3;
}
