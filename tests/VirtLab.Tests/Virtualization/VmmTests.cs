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
    public void The_other_techniques_are_correct_on_legacy_x86(VirtualizationTechnique technique, TrapOutcome sensitiveOutcome)
    {
        var run = Vmm.Run(InstructionSet.X86Legacy, technique, Kernel);
        Assert.True(run.IsCorrect);
        Assert.All(run.Trace.Where(s => s.Instruction.IsSensitive), s => Assert.Equal(sensitiveOutcome, s.Outcome));
        Assert.All(run.Trace.Where(s => !s.Instruction.IsSensitive), s => Assert.Equal(TrapOutcome.RanNatively, s.Outcome));
    }

    [Fact] // Intel SDM Vol. 3C, "VMX Non-Root Operation": CLI, STI and POPF never exit; SGDT only with descriptor-table exiting; HLT with HLT exiting
    public void Hardware_assistance_exits_only_for_HLT_in_this_kernel_and_runs_the_rest_in_guest_mode()
    {
        var run = Vmm.Run(InstructionSet.X86Legacy, VirtualizationTechnique.HardwareAssisted, Kernel);
        Assert.True(run.IsCorrect);
        Assert.Equal(1, run.Traps);
        Assert.Equal(TrapOutcome.TrappedAndEmulated, run.Trace[6].Outcome);
        Assert.Equal(
            [TrapOutcome.RanNatively, TrapOutcome.RanInGuestMode, TrapOutcome.RanNatively, TrapOutcome.RanInGuestMode, TrapOutcome.RanInGuestMode, TrapOutcome.RanInGuestMode],
            run.Trace.Take(6).Select(s => s.Outcome));
        Assert.Equal((6 + Vmm.TrapCost) / 7, run.Slowdown, 12);
    }

    [Fact]
    public void The_instructions_that_exit_in_guest_mode_are_HLT_OUT_and_CR3_loads()
    {
        Assert.Equal(["HLT", "MOV CR3", "OUT"], InstructionSet.X86Legacy.Instructions.Where(i => i.ExitsInGuestMode).Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.All(InstructionSet.X86Legacy.Instructions.Where(i => i.ExitsInGuestMode), i => Assert.True(i.IsSensitive));
    }

    [Fact] // Adams and Agesen, ASPLOS 2006: early VT-x lost to binary translation on exit-heavy kernel code, and both beat trapping everything
    public void Hardware_assistance_is_neither_the_slowest_nor_faster_than_translation_on_this_kernel()
    {
        var slowdown = Enum.GetValues<VirtualizationTechnique>().ToDictionary(t => t, t => Vmm.Run(InstructionSet.X86Legacy, t, Kernel).Slowdown);
        Assert.True(slowdown[VirtualizationTechnique.HardwareAssisted] < slowdown[VirtualizationTechnique.TrapAndEmulate]);
        Assert.True(slowdown[VirtualizationTechnique.HardwareAssisted] > slowdown[VirtualizationTechnique.BinaryTranslation]);
        Assert.Equal(VirtualizationTechnique.TrapAndEmulate, slowdown.MaxBy(p => p.Value).Key);
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
