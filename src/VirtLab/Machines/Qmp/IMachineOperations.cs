namespace VirtLab.Machines.Qmp;

/// <summary>QMP commands about the machine's run state.</summary>
public interface IMachineOperations
{
    /// <summary>Reads the run state.</summary>
    /// <remarks>QMP <c>query-status</c>; libvirt <c>virsh domstate</c>; HMP <c>info status</c>.</remarks>
    /// <exception cref="QmpException">QEMU refused the command.</exception>
    Task<StatusResponse> QueryStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Pauses the vCPUs (a <c>STOP</c> event follows).</summary>
    /// <remarks>QMP <c>stop</c>; <c>virsh suspend</c>.</remarks>
    Task StopAsync(CancellationToken cancellationToken = default);

    /// <summary>Resumes the vCPUs (a <c>RESUME</c> event follows).</summary>
    /// <remarks>QMP <c>cont</c>; <c>virsh resume</c>.</remarks>
    Task ContAsync(CancellationToken cancellationToken = default);

    /// <summary>Presses the ACPI power button; the guest decides what to do (a <c>POWERDOWN</c> event follows).</summary>
    /// <remarks>QMP <c>system_powerdown</c>; <c>virsh shutdown</c>.</remarks>
    Task SystemPowerdownAsync(CancellationToken cancellationToken = default);

    /// <summary>Resets the machine like the reset button.</summary>
    /// <remarks>QMP <c>system_reset</c>; <c>virsh reset</c>.</remarks>
    Task SystemResetAsync(CancellationToken cancellationToken = default);

    /// <summary>Ends QEMU at once (like pulling the plug). Returns when QEMU acknowledged or closed the socket.</summary>
    /// <remarks>QMP <c>quit</c>; <c>virsh destroy</c>. The <c>SHUTDOWN</c> event arrives before the reply; wait on the process, not the reply.</remarks>
    Task QuitAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether KVM is present and in use.</summary>
    /// <remarks>QMP <c>query-kvm</c>.</remarks>
    Task<KvmResponse> QueryKvmAsync(CancellationToken cancellationToken = default);
}
