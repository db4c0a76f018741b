namespace VirtLab.Machines;

/// <summary>Where VirtLab keeps machine state: one folder per QEMU process (pid, owner, sockets, disk) and cached guest images.</summary>
/// <remarks>
/// Resolution order: <c>VIRTLAB_STATE_DIR</c>, then <c>$XDG_RUNTIME_DIR/virtlab-machines</c>, then
/// <c>/tmp/virtlab-machines</c>. <see cref="MachineJanitor"/> scans <c>&lt;state&gt;/vms</c>.
/// </remarks>
public static class MachineStateDirectory
{
    /// <summary>The state directory (created on first use).</summary>
    public static string Path
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("VIRTLAB_STATE_DIR");
            var runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
            var path = !string.IsNullOrEmpty(configured) ? configured
                : !string.IsNullOrEmpty(runtime) && Directory.Exists(runtime) ? System.IO.Path.Combine(runtime, "virtlab-machines")
                : "/tmp/virtlab-machines";
            return Directory.CreateDirectory(path).FullName;
        }
    }

    /// <summary>The folder that holds one sub-folder per machine VirtLab started.</summary>
    public static string MachinesPath => Directory.CreateDirectory(System.IO.Path.Combine(Path, "vms")).FullName;
}
