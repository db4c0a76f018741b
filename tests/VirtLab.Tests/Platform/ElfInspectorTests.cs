using VirtLab.Platform;

namespace VirtLab.Tests.Platform;

public sealed class ElfInspectorTests
{
    private const uint PtLoad = 1;
    private const uint PtInterp = 3;

    [Fact] // man 5 elf: a PT_INTERP program header names the dynamic loader
    public void A_program_header_of_type_PT_INTERP_means_dynamically_linked()
    {
        Assert.True(ElfInspector.IsStaticExecutable(WriteElf(PtLoad, PtLoad)));
        Assert.False(ElfInspector.IsStaticExecutable(WriteElf(PtLoad, PtInterp)));
    }

    [Fact]
    public void A_file_that_is_not_64_bit_ELF_is_not_a_static_executable()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "#!/bin/sh\necho not elf\n");
        Assert.False(ElfInspector.IsStaticExecutable(path));
        File.Delete(path);
    }

    private static string WriteElf(params uint[] programHeaderTypes)
    {
        const int headerSize = 64;
        const int entrySize = 56;
        var bytes = new byte[headerSize + entrySize * programHeaderTypes.Length];
        bytes[0] = 0x7F; bytes[1] = (byte)'E'; bytes[2] = (byte)'L'; bytes[3] = (byte)'F';
        bytes[4] = 2;                                          // ELFCLASS64
        bytes[5] = 1;                                          // little endian
        BitConverter.GetBytes((long)headerSize).CopyTo(bytes, 0x20);        // e_phoff
        BitConverter.GetBytes((ushort)entrySize).CopyTo(bytes, 0x36);       // e_phentsize
        BitConverter.GetBytes((ushort)programHeaderTypes.Length).CopyTo(bytes, 0x38); // e_phnum
        for (var i = 0; i < programHeaderTypes.Length; i++)
        {
            BitConverter.GetBytes(programHeaderTypes[i]).CopyTo(bytes, headerSize + i * entrySize);
        }
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
