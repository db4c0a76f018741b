namespace VirtLab.Machines.Guest;

/// <summary>The <c>/init</c> shell script VirtLab puts into every guest initramfs, and the markers it prints.</summary>
/// <remarks>
/// The script mounts proc, sysfs, devtmpfs and tmpfs; loads the modules listed in <c>/etc/virtlab-modules</c>
/// (virtio-pci and virtio-balloon for the memory balloon, button and evdev for the ACPI power button); turns the
/// ACPI power button into <c>poweroff -f</c> (there is no acpid in the guest); starts a CPU-busy loop when the kernel
/// command line has <c>virtlab.load=busy</c>; prints <see cref="ReadyMarker"/>; then runs a non-interactive shell
/// that reads commands from the serial console (no prompt, no echo), which is what
/// <see cref="SerialConsole.RunAsync"/> talks to.
/// </remarks>
public static class GuestInitScript
{
    /// <summary>The line the guest prints when it is ready for commands.</summary>
    public const string ReadyMarker = "VIRTLAB-READY";

    /// <summary>Kernel command-line switch that starts a CPU-busy loop in the guest.</summary>
    public const string BusyLoadSwitch = "virtlab.load=busy";

    /// <summary>The file (inside the initramfs) that lists the modules to load, one path per line.</summary>
    public const string ModuleListPath = "etc/virtlab-modules";

    /// <summary>The script text (LF line endings).</summary>
    public const string Text = """
        #!/bin/busybox sh
        /bin/busybox --install -s /bin
        export PATH=/bin
        mount -t proc proc /proc
        mount -t sysfs sysfs /sys
        mount -t devtmpfs devtmpfs /dev 2>/dev/null
        mount -t tmpfs tmpfs /tmp
        echo 1 > /proc/sys/kernel/printk
        for m in $(cat /etc/virtlab-modules); do
          insmod "/lib/modules/$m" || echo "virtlab-init: insmod $m failed"
        done
        # ACPI power button -> poweroff (no acpid): wait for one input event from the button's evdev node.
        for d in /sys/class/input/input*; do
          if grep -q "Power Button" "$d/name" 2>/dev/null; then
            for e in "$d"/event*; do
              n="/dev/input/${e##*/}"
              ( i=0; while [ ! -e "$n" ] && [ $i -lt 20 ]; do sleep 0.1; i=$((i+1)); done
                head -c 1 "$n" >/dev/null && echo "virtlab-init: power button pressed, powering off" && poweroff -f ) &
            done
          fi
        done
        case " $(cat /proc/cmdline) " in
          *" virtlab.load=busy "*) ( while :; do :; done ) & echo "virtlab-init: CPU-busy loop started" ;;
        esac
        stty -echo 2>/dev/null
        echo "VIRTLAB-READY kernel=$(uname -r) uptime=$(cut -d' ' -f1 /proc/uptime)"
        while :; do sh -c 'while IFS= read -r virtlab_line; do eval "$virtlab_line"; done' 2>&1; done

        """;
}
