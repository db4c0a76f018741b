namespace VirtLab.Virtualization;

/// <summary>
/// A toy virtual machine monitor: runs a guest kernel's instruction stream with one of the four
/// techniques and reports, per instruction, whether it ran natively, trapped, was translated, became a
/// hypercall, or silently misbehaved.
/// </summary>
/// <remarks>
/// The costs are teaching units, not measurements: a native instruction costs 1, a trap to the VMM
/// <see cref="TrapCost"/>, a translated instruction <see cref="TranslationCost"/>, a hypercall
/// <see cref="HypercallCost"/>; a VM exit costs the same as a trap. Under hardware assistance only the
/// instructions with <see cref="Instruction.ExitsInGuestMode"/> reach the VMM; the other sensitive ones run in
/// guest mode at native cost. Sources: Popek and Goldberg (1974) for trap-and-emulate; Intel SDM Vol. 3C,
/// "VMX Non-Root Operation", for which instructions exit; K. Adams and O. Agesen, "A comparison of software and
/// hardware techniques for x86 virtualization", ASPLOS 2006, for binary translation against VT-x (early VT-x
/// exits were costlier than translated code, so exit-heavy kernel code ran slower than under translation).
/// </remarks>
public static class Vmm
{
    /// <summary>Cost of a trap (or VM exit) and its emulation, in native-instruction units.</summary>
    public const double TrapCost = 100;

    /// <summary>Cost of a translated sensitive instruction.</summary>
    public const double TranslationCost = 10;

    /// <summary>Cost of a hypercall.</summary>
    public const double HypercallCost = 20;

    /// <summary>Runs a guest kernel program (instruction mnemonics) on <paramref name="instructionSet"/> with <paramref name="technique"/>.</summary>
    /// <param name="instructionSet">The CPU.</param>
    /// <param name="technique">How the VMM runs the guest kernel.</param>
    /// <param name="program">Mnemonics in order, e.g. <c>["MOV", "CLI", "POPF"]</c>.</param>
    /// <exception cref="ArgumentException">The program is empty.</exception>
    /// <exception cref="KeyNotFoundException">A mnemonic is not in the instruction set.</exception>
    public static GuestRun Run(InstructionSet instructionSet, VirtualizationTechnique technique, IReadOnlyList<string> program)
    {
        ArgumentNullException.ThrowIfNull(instructionSet);
        ArgumentNullException.ThrowIfNull(program);
        if (program.Count == 0)
        {
            throw new ArgumentException("The guest program needs at least one instruction.", nameof(program));
        }

        if (!Enum.IsDefined(technique))
        {
            throw new ArgumentOutOfRangeException(nameof(technique), technique, "Unknown virtualization technique.");
        }

        var trace = new List<TraceStep>(program.Count);
        for (var i = 0; i < program.Count; i++)
        {
            var instruction = instructionSet[program[i]];
            var (outcome, cost) = Execute(instruction, technique);
            trace.Add(new TraceStep(i, instruction, outcome, cost));
        }

        return new GuestRun(instructionSet, technique, trace);
    }

    private static (TrapOutcome Outcome, double Cost) Execute(Instruction instruction, VirtualizationTechnique technique)
    {
        if (!instruction.IsSensitive)
        {
            return (TrapOutcome.RanNatively, 1);
        }

        return technique switch
        {
            // The guest kernel runs in user mode: only privileged instructions reach the VMM.
            VirtualizationTechnique.TrapAndEmulate => instruction.IsPrivileged
                ? (TrapOutcome.TrappedAndEmulated, TrapCost)
                : (TrapOutcome.SilentlyWrong, 1),
            VirtualizationTechnique.BinaryTranslation => (TrapOutcome.Translated, TranslationCost),
            VirtualizationTechnique.Paravirtualization => (TrapOutcome.Hypercall, HypercallCost),
            // Guest mode has its own copy of the flags and system registers: only what the VMM must handle exits.
            _ => instruction.ExitsInGuestMode
                ? (TrapOutcome.TrappedAndEmulated, TrapCost)
                : (TrapOutcome.RanInGuestMode, 1),
        };
    }
}
