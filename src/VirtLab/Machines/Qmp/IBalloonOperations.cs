namespace VirtLab.Machines.Qmp;

/// <summary>QMP commands for the virtio memory balloon (needs <c>-device virtio-balloon-pci</c> and the guest's virtio_balloon driver).</summary>
public interface IBalloonOperations
{
    /// <summary>Asks the guest to shrink or grow to <paramref name="targetBytes"/> of RAM (<c>BALLOON_CHANGE</c> events follow).</summary>
    /// <remarks>QMP <c>balloon {"value": bytes}</c>; <c>virsh setmem</c>.</remarks>
    /// <exception cref="QmpException"><c>DeviceNotActive</c> when there is no balloon device or driver.</exception>
    Task BalloonAsync(long targetBytes, CancellationToken cancellationToken = default);

    /// <summary>Reads the memory the guest currently has (RAM minus the balloon).</summary>
    /// <remarks>QMP <c>query-balloon</c>; <c>virsh dommemstat</c> (actual).</remarks>
    /// <exception cref="QmpException"><c>DeviceNotActive</c> when there is no balloon device or driver.</exception>
    Task<BalloonResponse> QueryBalloonAsync(CancellationToken cancellationToken = default);
}
