namespace VirtLab.Platform;

/// <summary>Reads just enough of an ELF file to tell whether it needs a dynamic loader.</summary>
/// <remarks>Source: the System V ABI / <c>man 5 elf</c>: a program header of type PT_INTERP (3) names the dynamic
/// loader; a static executable has none.</remarks>
internal static class ElfInspector
{
    private const uint PtInterp = 3;

    public static bool IsStaticExecutable(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        var identification = reader.ReadBytes(16);
        if (identification.Length < 16 || identification[0] != 0x7F || identification[1] != 'E'
            || identification[2] != 'L' || identification[3] != 'F' || identification[4] != 2)
        {
            return false; // not a 64-bit ELF file
        }
        stream.Position = 0x20;
        var programHeaderOffset = reader.ReadInt64();
        stream.Position = 0x36;
        var entrySize = reader.ReadUInt16();
        var count = reader.ReadUInt16();
        for (var i = 0; i < count; i++)
        {
            stream.Position = programHeaderOffset + (long)i * entrySize;
            if (reader.ReadUInt32() == PtInterp)
            {
                return false;
            }
        }
        return true;
    }
}
