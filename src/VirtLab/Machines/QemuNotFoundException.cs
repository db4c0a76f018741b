namespace VirtLab.Machines;

/// <summary>A QEMU program, the guest kernel or busybox is missing; the message says which package to install.</summary>
public sealed class QemuNotFoundException : Exception
{
    /// <summary>Creates the exception with a message that names the missing file and the fix.</summary>
    public QemuNotFoundException(string message) : base(message)
    {
    }
}
