using System.Buffers.Binary;

namespace VirtLab.Containers.Lab;

/// <summary>Reads just enough of an ELF file to tell whether it is a static executable (no <c>PT_INTERP</c> program header).</summary>
/// <remarks>Source: the ELF-64 object file format, program header table (<c>PT_INTERP</c> = 3).</remarks>
internal static class ElfInspector
{
    public static bool IsStaticExecutable(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[64];
        if (file.Read(header) < 64 || header[0] != 0x7F || header[1] != (byte)'E' || header[2] != (byte)'L' || header[3] != (byte)'F')
        {
            return false;
        }

        var is64 = header[4] == 2;
        var little = header[5] == 1;
        if (!is64 || !little)
        {
            return false;
        }

        var phoff = BinaryPrimitives.ReadInt64LittleEndian(header[32..]);
        var phentsize = BinaryPrimitives.ReadUInt16LittleEndian(header[54..]);
        var phnum = BinaryPrimitives.ReadUInt16LittleEndian(header[56..]);
        Span<byte> entry = stackalloc byte[phentsize];
        for (var i = 0; i < phnum; i++)
        {
            file.Position = phoff + (long)i * phentsize;
            if (file.Read(entry) < phentsize)
            {
                return false;
            }

            if (BinaryPrimitives.ReadUInt32LittleEndian(entry) == 3)
            {
                return false;
            }
        }

        return true;
    }
}
