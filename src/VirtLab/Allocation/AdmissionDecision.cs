namespace VirtLab.Allocation;

/// <summary>What admission control decided for one request.</summary>
/// <param name="Request">The VM that asked.</param>
/// <param name="Admitted">Whether it was placed.</param>
/// <param name="Reason">For a rejection, which resource ran out and by how much; empty when admitted.</param>
public sealed record AdmissionDecision(VmRequest Request, bool Admitted, string Reason)
{
    /// <summary>Reads like a log line.</summary>
    public override string ToString() => Admitted ? $"admit {Request}" : $"reject {Request}: {Reason}";
}
