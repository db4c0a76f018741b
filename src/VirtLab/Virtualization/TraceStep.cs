namespace VirtLab.Virtualization;

/// <summary>One instruction of a guest run and what the VMM did with it.</summary>
/// <param name="Index">Position in the program (0-based).</param>
/// <param name="Instruction">The instruction.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Cost">Cost in the simulation's units (1 for a native instruction).</param>
public sealed record TraceStep(int Index, Instruction Instruction, TrapOutcome Outcome, double Cost);
