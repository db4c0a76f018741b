namespace VirtLab.Machines;

/// <summary>QEMU exited, or the guest did not come up, while a machine was starting. The message has QEMU's stderr and the console's last lines.</summary>
public sealed class MachineStartException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MachineStartException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
