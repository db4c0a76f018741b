namespace VirtLab.Reliability.Migration;

/// <summary>Why pre-copy stopped iterating.</summary>
public enum PreCopyStopReason
{
    /// <summary>The data left fell to the threshold: the migration converged.</summary>
    Threshold,

    /// <summary>The round limit was reached.</summary>
    RoundLimit,

    /// <summary>Another round would have sent more than the allowed multiple of the memory.</summary>
    DataLimit,
}
