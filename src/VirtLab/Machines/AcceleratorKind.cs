namespace VirtLab.Machines;

/// <summary>How QEMU runs guest code.</summary>
public enum AcceleratorKind
{
    /// <summary>Let VirtLab choose: KVM when a bounded probe proves it boots a kernel, TCG otherwise.</summary>
    Auto,

    /// <summary>Hardware virtualization through Linux KVM (<c>/dev/kvm</c>).</summary>
    Kvm,

    /// <summary>QEMU's Tiny Code Generator: software emulation, slower, works everywhere.</summary>
    Tcg,
}
