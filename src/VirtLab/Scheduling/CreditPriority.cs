namespace VirtLab.Scheduling;

/// <summary>Priorities of the Xen credit scheduler (<c>CSCHED_PRI_TS_*</c>), highest first.</summary>
public enum CreditPriority
{
    /// <summary>Woke from I/O with credit left: runs before everything else until its next tick.</summary>
    Boost = 0,

    /// <summary>Has credit left.</summary>
    Under = -1,

    /// <summary>Has used up its credit; runs only when no BOOST or UNDER vCPU wants the CPU.</summary>
    Over = -2,
}
