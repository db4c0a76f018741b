namespace VirtLab.Virtualization;

/// <summary>How a VMM runs a guest kernel.</summary>
public enum VirtualizationTechnique
{
    /// <summary>Guest kernel runs deprivileged; privileged instructions trap to the VMM, which emulates them (Popek–Goldberg).</summary>
    TrapAndEmulate,

    /// <summary>The VMM rewrites sensitive instructions in guest kernel code before running it (VMware Workstation, 1999).</summary>
    BinaryTranslation,

    /// <summary>The guest kernel is modified to call the hypervisor (hypercalls) instead of using sensitive instructions (Xen, 2003).</summary>
    Paravirtualization,

    /// <summary>
    /// The CPU has a guest mode with its own copy of the privileged state (Intel VT-x 2005, AMD-V 2006): most sensitive
    /// instructions (CLI, STI, POPF, SGDT, …) run there without the VMM; those the VMM must handle (HLT, I/O, CR3 loads
    /// without nested paging) cause VM exits.
    /// </summary>
    HardwareAssisted,
}
