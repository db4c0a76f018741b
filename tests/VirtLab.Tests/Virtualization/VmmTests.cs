using VirtLab.Virtualization;

namespace VirtLab.Tests.Virtualization;

public sealed class VmmTests
{
    private static readonly string[] Kernel = ["MOV", "CLI", "ADD", "POPF", "STI", "SGDT", "HLT"];

    [Fact]
    public void Legacy_x86_is_not_classically_virtualizable_because_of_Robin_and_Irvines_instructions()
    {
        var set = InstructionSet.X86Legacy;
        Assert.False(set.IsClassicallyVirtualizable);
        Assert.Equal(["POPF", "PUSHF", "SGDT", "SIDT", "SMSW", "STR"], set.VirtualizationHoles.Select(i => i.Name).ToArray());
    }

    [Fact]
    public void VTx_closes_every_hole_so_Theorem_1_holds()
    {
        Assert.True(InstructionSet.X86WithVtx.IsClassicallyVirtualizable);
        Assert.Empty(InstructionSet.X86WithVtx.VirtualizationHoles);
    }

    [Fact]
    public void Trap_and_emulate_on_legacy_x86_misses_the_sensitive_unprivileged_instructions()
    {
        var run = Vmm.Run(InstructionSet.X86Legacy, VirtualizationTechnique.TrapAndEmulate, Kernel);
        Assert.Equal(3, run.Traps);          // CLI, STI, HLT
        Assert.Equal(2, run.SilentErrors);   // POPF, SGDT
        Assert.False(run.IsCorrect);
        Assert.Equal(TrapOutcome.SilentlyWrong, run.Trace[3].Outcome);
    }

    [Theory]
    [InlineData(VirtualizationTechnique.BinaryTranslation, TrapOutcome.Translated)]
    [InlineData(VirtualizationTechnique.Paravirtualization, TrapOutcome.Hypercall)]
    [InlineData(VirtualizationTechnique.HardwareAssisted, TrapOutcome.TrappedAndEmulated)]
    public void The_other_techniques_are_correct_on_legacy_x86(VirtualizationTechnique technique, TrapOutcome sensitiveOutcome)
    {
        var run = Vmm.Run(InstructionSet.X86Legacy, technique, Kernel);
        Assert.True(run.IsCorrect);
        Assert.All(run.Trace.Where(s => s.Instruction.IsSensitive), s => Assert.Equal(sensitiveOutcome, s.Outcome));
        Assert.All(run.Trace.Where(s => !s.Instruction.IsSensitive), s => Assert.Equal(TrapOutcome.RanNatively, s.Outcome));
    }

    [Fact]
    public void Slowdown_counts_each_trap_at_its_cost()
    {
        var run = Vmm.Run(InstructionSet.X86WithVtx, VirtualizationTechnique.TrapAndEmulate, ["ADD", "CLI"]);
        Assert.Equal((1 + Vmm.TrapCost) / 2, run.Slowdown, 12);
        Assert.Contains("<table>", run.ToHtml());
    }

    [Fact]
    public void Bad_programs_are_refused_with_the_reason()
    {
        Assert.Equal("program", Assert.Throws<ArgumentException>(() => Vmm.Run(InstructionSet.X86Legacy, VirtualizationTechnique.TrapAndEmulate, [])).ParamName);
        var ex = Assert.Throws<KeyNotFoundException>(() => Vmm.Run(InstructionSet.X86Legacy, VirtualizationTechnique.TrapAndEmulate, ["FOO"]));
        Assert.Contains("Known:", ex.Message);
        Assert.Throws<ArgumentException>(() => new InstructionSet("dup", [new("A", false, false, "a"), new("a", true, true, "b")]));
    }
}
